package ru.nastavnik.roadmap.domain.tracking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the projection of the tenant's schools from the registry's events. */
public interface Schools {

    /** Inserts or updates by id; whether the school was new. */
    boolean upsert(School school);

    /** All schools by name. */
    List<School> all();

    Optional<School> byId(UUID id);
}
