package ru.nastavnik.pairing.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.domain.TenantMutex;
import ru.nastavnik.platform.TenantContext;

/** A transaction-scoped PostgreSQL advisory lock keyed by the tenant and the purpose. */
@Component
class PostgresTenantMutex implements TenantMutex {

	private final JdbcClient jdbc;

	PostgresTenantMutex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void lock(String purpose) {
		String key = "pairing:" + TenantContext.require().value() + ":" + purpose;
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l").param("key", key).query().listOfRows();
	}
}
