package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface PairingOrderRepository extends ListCrudRepository<PairingOrder, UUID> {

	List<PairingOrder> findAllByOrderByCreatedAtDesc();

	List<PairingOrder> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

	List<PairingOrder> findByProgrammeIdOrderByCreatedAtDesc(UUID programmeId);

	boolean existsByOrganizationIdAndNumber(UUID organizationId, String number);
}
