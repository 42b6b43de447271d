package ru.nastavnik.pairing.domain;

/**
 * Serialises a check-then-act within the current tenant's transaction (e.g. «open the demo programme unless one is
 * open»), when listeners of several events of one transaction run at the same time. Held until the transaction ends.
 */
public interface TenantMutex {

	void lock(String purpose);
}
