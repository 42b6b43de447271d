package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.registry.domain.Actor;
import ru.nastavnik.registry.domain.ConsentGiver;
import ru.nastavnik.registry.domain.OrganisationRef;
import ru.nastavnik.registry.domain.ParticipantCategory;
import ru.nastavnik.registry.domain.ParticipantRole;
import ru.nastavnik.registry.domain.ParticipantRow;
import ru.nastavnik.registry.domain.ParticipantStore;
import ru.nastavnik.registry.domain.UpsertOutcome;

/**
 * The bulk write inserts the participants it does not know yet without a conflict clause. When another transaction
 * registers one of them between the lookup and the insert, the write must neither fail nor register the person twice.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ConcurrentRegistrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenancyService tenancy;

    @Autowired
    ParticipantStore participants;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParticipantRegisteredMeanwhileByAnotherTransactionIsNotRegisteredTwice() throws Exception {
        RegistryTestSupport support = new RegistryTestSupport(mvc, tenancy);
        String slug = support.newTenant();
        UUID school = support.organisation(slug, "МБОУ СОШ №1");
        TenantId tenant = tenancy.bySlug(slug).orElseThrow().id();
        OrganisationRef organisation = new OrganisationRef(school.toString(), "МБОУ СОШ №1");
        ParticipantRow ivanova = teacher(1, "Иванова", organisation);
        ParticipantRow petrov = teacher(2, "Петров", organisation);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        LocalDate today = LocalDate.of(2026, 11, 23);
        Actor actor = new Actor(null, slug);

        CountDownLatch registered = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // the other transaction: registers Иванова and holds its commit back
        CompletableFuture<UpsertOutcome> other = CompletableFuture.supplyAsync(() -> TenantContext.get(tenant,
                () -> tx.execute(s -> {
                    UpsertOutcome o = participants.upsert(List.of(ivanova), null, today, actor);
                    registered.countDown();
                    await(commit);
                    return o;
                })));
        assertThat(registered.await(30, TimeUnit.SECONDS)).isTrue();
        // the import: does not see Иванова yet (uncommitted), so takes her for new and waits on the unique index
        CompletableFuture<UpsertOutcome> imported = CompletableFuture.supplyAsync(() -> TenantContext.get(tenant,
                () -> tx.execute(s -> participants.upsert(List.of(ivanova, petrov), UUID.randomUUID(), today, actor))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
                Integer.class) > 0);
        commit.countDown();

        UUID ivanovaId = other.get(30, TimeUnit.SECONDS).created().get(0);
        UpsertOutcome outcome = imported.get(30, TimeUnit.SECONDS);
        assertThat(outcome.created()).hasSize(1).doesNotContain(ivanovaId);
        assertThat(outcome.updated()).isEmpty();
        assertThat(outcome.unchanged()).isEqualTo(1);
        TenantContext.run(tenant, () -> tx.executeWithoutResult(s -> {
            assertThat(jdbc.queryForList("select id from registry.participant where surname = 'Иванова'", UUID.class))
                    .containsExactly(ivanovaId);
            assertThat(jdbc.queryForObject("select count(*) from registry.participant", Integer.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from registry.consent where participant_id = ?",
                    Integer.class, ivanovaId)).isEqualTo(1);
            UUID petrovId = outcome.created().get(0);
            assertThat(jdbc.queryForObject("select count(*) from registry.consent where participant_id = ? "
                    + "and purpose = 'PROCESSING'", Integer.class, petrovId)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from registry.training where participant_id = ?",
                    Integer.class, petrovId)).isEqualTo(1);
            // both active in programmes, the one the import upserted after its insert failed included (decision 0014)
            assertThat(jdbc.queryForObject("select count(*) from registry.participant where processing_consent",
                    Integer.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject(ActiveInProgrammesTests.DISAGREEING, Integer.class)).isZero();
        }));
    }

    private static ParticipantRow teacher(int row, String surname, OrganisationRef organisation) {
        return new ParticipantRow(row, surname, "Анна", "Сергеевна", ParticipantCategory.TEACHER,
                LocalDate.of(1990, 3, 14), null, organisation, LocalDate.of(2015, 9, 1), null, ParticipantRole.MENTOR,
                List.of("Методическая работа"), 2, LocalDate.of(2025, 5, 20), List.of(), LocalDate.of(2026, 9, 1),
                ConsentGiver.SELF, null, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
