package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface ProposalRepository extends ListCrudRepository<Proposal, UUID> {

	List<Proposal> findByProgrammeIdOrderByCreatedAtDesc(UUID programmeId);

	Optional<Proposal> findFirstByProgrammeIdAndFormCodeOrderByCreatedAtDesc(UUID programmeId, String formCode);
}
