package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The monitoring module boots alone, on a real PostgreSQL, with its own schema migrated and no other business module. */
@ApplicationModuleTest
class MonitoringModuleTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void bootsAloneWithItsOwnSchema() {
		assertThat(jdbc.queryForList("select schema_name from information_schema.schemata", String.class))
			.contains("platform", "monitoring");
		assertThat(context.getBeanNamesForType(ru.nastavnik.platform.TenantDirectory.class)).isNotEmpty();
		// no bean of another business module is in the context: they are absent, only their event types are seen
		assertThat(ru.nastavnik.platform.test.ModuleContexts.beansOfOtherModules(context, "monitoring")).isEmpty();
	}
}
