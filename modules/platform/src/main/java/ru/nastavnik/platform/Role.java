package ru.nastavnik.platform;

/** The roles of the product brief, each with its scope. */
public enum Role {

	/** Whole instance: creates tenants and their first coordinator. Sees no tenant's business data. */
	PLATFORM_ADMIN("Администратор платформы"),
	/** One region: reads cross-municipality aggregates only. */
	MINISTRY_VIEWER("Представитель регионального министерства"),
	/** One tenant: owns the municipality's roadmap, registry, pairing, monitoring and publication. */
	COORDINATOR("Муниципальный координатор"),
	/** One educational organisation inside one tenant. */
	SCHOOL_CURATOR("Куратор образовательной организации"),
	/**
	 * One participant of one tenant (a mentor, an adult mentee, or the legal representative of a minor acting for
	 * them): its own data and self-service only, never a staff page (decision 0010).
	 */
	PARTICIPANT("Участник программы наставничества");

	private final String title;

	Role(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

	/** Works inside a tenant as staff (coordinator or school curator); a participant is not staff. */
	public boolean isTenantRole() {
		return this == COORDINATOR || this == SCHOOL_CURATOR;
	}
}
