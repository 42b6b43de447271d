package ru.nastavnik.monitoring.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Analytical reports of the current tenant. */
public interface ReportStore {

	void save(Report report);

	Optional<Report> byId(UUID id);

	List<Report> list();
}
