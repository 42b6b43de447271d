package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface QuestionRepository extends ListCrudRepository<Question, UUID> {

	List<Question> findByActiveTrueOrderByPositionAsc();

	boolean existsByActiveTrue();

	long count();
}
