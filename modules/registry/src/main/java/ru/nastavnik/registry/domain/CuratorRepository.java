package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Curators of the tenant. */
public interface CuratorRepository extends ListCrudRepository<Curator, UUID> {

    List<Curator> findAllByOrderByKindAscFullNameAsc();

    List<Curator> findByOrganizationIdOrderByFullName(UUID organizationId);
}
