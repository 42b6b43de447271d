package ru.nastavnik.pairing.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface AnswerRepository extends ListCrudRepository<Answer, UUID> {

	List<Answer> findByParticipantId(UUID participantId);

	List<Answer> findByParticipantIdIn(Collection<UUID> participantIds);

	void deleteByParticipantId(UUID participantId);
}
