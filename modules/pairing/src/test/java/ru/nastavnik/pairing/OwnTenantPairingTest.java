package ru.nastavnik.pairing;

import org.junit.jupiter.api.BeforeEach;

import ru.nastavnik.platform.TenantId;

/**
 * A pairing API test in a municipality of its own, created for each test: its candidates never meet another test's
 * cross-organisation mentors (students, employers' representatives come from the whole tenant).
 */
abstract class OwnTenantPairingTest extends PairingApiTest {

	TenantId tenant;

	/** The tenant's slug: its path and its coordinator's user name. */
	String t;

	@BeforeEach
	void ownTenant() {
		tenant = newTenant();
		t = slug(tenant);
		pageUser = t;
	}
}
