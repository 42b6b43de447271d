package ru.nastavnik.monitoring.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Snapshots: added, read, never changed. */
public interface SnapshotStore {

	void add(Snapshot snapshot);

	List<Snapshot> list();

	Optional<Snapshot> byId(UUID id);
}
