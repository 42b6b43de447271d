package ru.nastavnik.monitoring.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Indicator definitions with their targets, per tenant. */
public interface IndicatorStore {

	List<IndicatorDefinition> definitions();

	/** Every tenant in scope's definitions (the regional summary). */
	Map<UUID, List<IndicatorDefinition>> definitionsByTenant();

	void save(IndicatorDefinition definition);

	void replaceTargets(UUID indicatorId, List<Target> targets);
}
