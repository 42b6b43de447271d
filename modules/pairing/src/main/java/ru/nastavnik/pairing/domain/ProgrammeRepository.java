package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface ProgrammeRepository extends ListCrudRepository<Programme, UUID> {

	List<Programme> findAllByOrderByCreatedAtDesc();

	List<Programme> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

	boolean existsByOrganizationId(UUID organizationId);
}
