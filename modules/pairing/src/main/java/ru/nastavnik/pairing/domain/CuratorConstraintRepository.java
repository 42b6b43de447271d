package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface CuratorConstraintRepository extends ListCrudRepository<CuratorConstraint, UUID> {

	List<CuratorConstraint> findByProgrammeIdAndFormCode(UUID programmeId, String formCode);

	Optional<CuratorConstraint> findByProgrammeIdAndFormCodeAndMentorIdAndMenteeId(UUID programmeId, String formCode,
			UUID mentorId, UUID menteeId);

	List<CuratorConstraint> findByProgrammeIdAndFormCodeAndMenteeIdAndKind(UUID programmeId, String formCode, UUID menteeId,
			ConstraintKind kind);
}
