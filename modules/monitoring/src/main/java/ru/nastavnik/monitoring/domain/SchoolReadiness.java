package ru.nastavnik.monitoring.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One school's readiness: each item met or not. */
public record SchoolReadiness(UUID organizationId, String name, Map<ReadinessItem, Boolean> items) {

	public SchoolReadiness {
		var copy = new EnumMap<ReadinessItem, Boolean>(ReadinessItem.class);
		for (ReadinessItem item : ReadinessItem.values()) {
			copy.put(item, Boolean.TRUE.equals(items.get(item)));
		}
		items = copy;
	}

	public boolean met(ReadinessItem item) {
		return items.get(item);
	}

	public boolean ready() {
		return items.values().stream().allMatch(Boolean::booleanValue);
	}

	public boolean lacksDocuments() {
		return items.entrySet().stream().anyMatch(e -> e.getKey().document() && !e.getValue());
	}

	public List<ReadinessItem> missing() {
		return items.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
	}
}
