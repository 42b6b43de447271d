package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port of the completed pairs kept as case material (current tenant). */
public interface CaseMaterials {

	void record(CaseMaterial material);

	Optional<CaseMaterial> byId(UUID pairId);

	List<CaseMaterial> all();

	void usedBy(UUID pairId, UUID caseId);
}
