package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.db.DatabaseMigrations;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.ProtectedTestTable;

/**
 * {@code V19_1__processing_consent_flag.sql} backfills the flag of every tenant's participants when it runs as the
 * schema owner, who is no superuser and is subject to the tables' FORCE ROW LEVEL SECURITY — the production set-up
 * (docs/operations.md) and the embedded one alike. The database of this test's own context is put back to its state
 * before V19_1 (no column, V17_1's indexes, V19_1 out of Flyway's history) with participants of two municipalities in
 * it, and the real migration file is applied again by {@link DatabaseMigrations}, as at start-up.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "nastavnik.test.own-database=processing-consent-migration")
@DirtiesContext
class ProcessingConsentMigrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenancyService tenancy;

    @Autowired
    DatabaseCoordinates db;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    long inTenant(String slug, String sql) {
        TenantId id = tenancy.bySlug(slug).orElseThrow().id();
        return TenantContext.get(id, () -> tx.execute(s -> jdbc.queryForObject(sql, Long.class)));
    }

    /** A municipality with three participants, one of whom has withdrawn the consent to processing (anonymised). */
    String municipality(RegistryTestSupport support) throws Exception {
        String slug = support.newTenant();
        support.organisation(slug, "МБОУ СОШ №1");
        support.upload(slug, slug, "список.csv", RegistryTestSupport.csv(List.of(
                RegistryTestSupport.teacher("Первая", "МБОУ СОШ №1"), RegistryTestSupport.pupil("Второй", "МБОУ СОШ №1"),
                RegistryTestSupport.employer("Третий", "МБОУ СОШ №1")), ';', StandardCharsets.UTF_8))
                .andExpect(status().isOk());
        UUID pupil = TenantContext.get(tenancy.bySlug(slug).orElseThrow().id(), () -> tx.execute(s -> jdbc.queryForObject(
                "select id from registry.participant where surname = 'Второй'", UUID.class)));
        mvc.perform(post("/api/" + slug + "/registry/participants/" + pupil + "/consents/PROCESSING/withdrawal")
                .with(support.as(slug)).with(csrf())).andExpect(status().isOk());
        return slug;
    }

    @Test
    void theBackfillSetsTheFlagOfEveryTenantAsTheSchemaOwnerUnderForcedRowLevelSecurity() throws Exception {
        RegistryTestSupport support = new RegistryTestSupport(mvc, tenancy);
        String first = municipality(support);
        String second = municipality(support);

        JdbcTemplate owner = ProtectedTestTable.owner(db);
        assertThat(owner.queryForObject("select rolsuper or rolbypassrls from pg_roles where rolname = current_user",
                Boolean.class)).as("the owner is a plain role").isFalse();
        assertThat(owner.queryForObject("select tableowner from pg_tables where schemaname = 'registry' "
                + "and tablename = 'participant'", String.class)).isEqualTo(db.ownerUsername());
        // what a plain update in a migration would do: nothing, the owner sees no row under FORCE
        assertThat(owner.update("update registry.participant set processing_consent = true")).isZero();

        // back to the database before V19_1
        owner.execute("alter table registry.participant drop column processing_consent");
        owner.execute(new ClassPathResource("db/migration/registry/V17_1__active_filter_indexes.sql")
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(owner.update("delete from registry.flyway_schema_history where version = '19.1'")).isEqualTo(1);

        DatabaseMigrations.migrate(new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), db.ownerUsername(),
                db.ownerPassword()), db.appUsername(), getClass().getClassLoader());

        for (String slug : List.of(first, second)) {
            assertThat(inTenant(slug, "select count(*) from registry.participant")).isEqualTo(3);
            assertThat(inTenant(slug, "select count(*) from registry.participant where processing_consent"))
                    .as("flags set in %s", slug).isEqualTo(2);
            assertThat(inTenant(slug, "select count(*) from registry.participant where anonymised "
                    + "and not processing_consent")).isEqualTo(1);
            assertThat(inTenant(slug, ActiveInProgrammesTests.DISAGREEING)).isZero();
        }
        // FORCE is back on both tables; V17_1's indexes are replaced by the one partial index of the «активные»
        assertThat(owner.queryForList("select relname from pg_class where relnamespace = 'registry'::regnamespace "
                + "and relname in ('participant', 'consent') and relrowsecurity and relforcerowsecurity", String.class))
                .containsExactlyInAnyOrder("participant", "consent");
        assertThat(owner.queryForList("select indexname from pg_indexes where schemaname = 'registry' and indexname in "
                + "('participant_active_idx', 'consent_processing_idx', 'participant_active_in_programmes_idx')",
                String.class)).containsExactly("participant_active_in_programmes_idx");
        assertThat(owner.queryForObject("select success from registry.flyway_schema_history where version = '19.1'",
                Boolean.class)).isTrue();
    }
}
