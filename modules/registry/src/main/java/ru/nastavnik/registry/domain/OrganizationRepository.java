package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The tenant's organisations (row-level security limits every query to the current tenant). */
public interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {

    List<Organization> findAllByOrderByShortName();

    Optional<Organization> findByShortNameKey(String shortNameKey);
}
