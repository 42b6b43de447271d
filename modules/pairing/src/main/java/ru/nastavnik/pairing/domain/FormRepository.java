package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Forms of mentorship of the current tenant (row-level security limits every query to it). */
public interface FormRepository extends ListCrudRepository<MentorshipForm, UUID> {

	Optional<MentorshipForm> findByCode(String code);

	List<MentorshipForm> findAllByOrderByMethodologyDescCodeAsc();
}
