package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Contingents of the tenant's organisations by school year. */
public interface ContingentRepository extends ListCrudRepository<Contingent, UUID> {

    Optional<Contingent> findByOrganizationIdAndSchoolYear(UUID organizationId, int schoolYear);

    List<Contingent> findBySchoolYear(int schoolYear);

    List<Contingent> findByOrganizationIdOrderBySchoolYear(UUID organizationId);
}
