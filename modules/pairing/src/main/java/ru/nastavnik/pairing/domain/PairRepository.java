package ru.nastavnik.pairing.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface PairRepository extends ListCrudRepository<MentorshipPair, UUID> {

	List<MentorshipPair> findByProgrammeIdOrderByCreatedAtAsc(UUID programmeId);

	List<MentorshipPair> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

	List<MentorshipPair> findAllByOrderByCreatedAtDesc();

	List<MentorshipPair> findByStatusIn(Collection<PairStatus> statuses);

	List<MentorshipPair> findByOrderId(UUID orderId);
}
