package ru.nastavnik.pairing.domain;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The tenant's pairing settings; its id is the tenant's id. */
@Table(schema = "pairing", name = "tenant_settings")
public class TenantSettings {

	@Id
	private UUID id;

	/** Only mentors who completed mentor training may be proposed. */
	private boolean onlyTrainedMentors;

	@Version
	private Integer version;

	TenantSettings() {
	}

	public static TenantSettings defaults(UUID tenantId) {
		var settings = new TenantSettings();
		settings.id = tenantId;
		return settings;
	}

	public boolean onlyTrainedMentors() {
		return onlyTrainedMentors;
	}

	public void requireTrainedMentors(boolean value) {
		onlyTrainedMentors = value;
	}
}
