package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port of the projection of the registry's organisations (current tenant). */
public interface Organizations {

	void record(Organization organization);

	Optional<Organization> byId(UUID id);

	List<Organization> all();
}
