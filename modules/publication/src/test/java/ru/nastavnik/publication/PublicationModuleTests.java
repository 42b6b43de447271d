package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The publication module boots alone, on a real PostgreSQL, with its own schema migrated and no other business
 * module's beans. (The jars of registry, pairing and monitoring are on the classpath for their event types (roadmap, in tests, for the module model), so their
 * — empty — schemas are migrated too; nothing here reads them.)
 */
@ApplicationModuleTest
class PublicationModuleTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void bootsAloneWithItsOwnSchema() {
		assertThat(jdbc.queryForList("select schema_name from information_schema.schemata", String.class))
			.contains("platform", "publication");
		assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'publication'",
				String.class)).contains("publication", "attachment", "person", "organization", "case_material");
		assertThat(context.getBeanNamesForType(ru.nastavnik.platform.TenantDirectory.class)).isNotEmpty();
		// no bean of another business module is in the context: they are absent, only their event types are seen
		assertThat(ru.nastavnik.platform.test.ModuleContexts.beansOfOtherModules(context, "publication")).isEmpty();
	}
}
