package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.registry.domain.ImportColumn;

/**
 * Bulk import end to end over the API, on the real PostgreSQL: encodings, all-or-nothing, idempotent re-import,
 * the events, and the background job.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RegistryImportTests {

    static final Charset CP1251 = Charset.forName("windows-1251");

    @Autowired
    MockMvc mvc;

    @Autowired
    TenancyService tenancy;

    @Autowired
    ru.nastavnik.registry.domain.ParticipantStore participants;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    RegistryTestSupport support;
    String tenant;

    @BeforeEach
    void tenant() throws Exception {
        support = new RegistryTestSupport(mvc, tenancy);
        tenant = support.newTenant();
        support.organisation(tenant, "МБОУ СОШ №1");
        support.organisation(tenant, "МБОУ «Гимназия №2»");
    }

    @Test
    void aLongListIsCountedExactlyWithItsPagesUnfilteredAndFiltered() throws Exception {
        // 1,200 participants: more than the list used to count («более 1 025» on the first page)
        support.organisation(tenant, "ГБПОУ Сасовский колледж");
        byte[] file = ru.nastavnik.registry.domain.GeneratedParticipants.csv(1_200, StandardCharsets.UTF_8).readAllBytes();
        support.upload(tenant, tenant, "большой список.csv", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.created").value(1_200));

        mvc.perform(get("/api/" + tenant + "/registry/participants").with(support.as(tenant)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1_200))
                .andExpect(jsonPath("$.totalExact").value(true)).andExpect(jsonPath("$.pages").value(60));
        // the last page, the count the same
        mvc.perform(get("/api/" + tenant + "/registry/participants").param("page", "59").with(support.as(tenant)))
                .andExpect(jsonPath("$.total").value(1_200)).andExpect(jsonPath("$.items.length()").value(20));
        // the four categories in turn: a filter counts its 300 exactly
        mvc.perform(get("/api/" + tenant + "/registry/participants").param("category", "PUPIL").with(support.as(tenant)))
                .andExpect(jsonPath("$.total").value(300)).andExpect(jsonPath("$.totalExact").value(true))
                .andExpect(jsonPath("$.pages").value(15));
    }

    @Test
    void aWindows1251CsvIsImportedAndPublishesItsParticipantsAsAChunkAndOneImport(PublishedEvents events) throws Exception {
        byte[] file = RegistryTestSupport.csv(List.of(RegistryTestSupport.pupil("Петров", "МБОУ СОШ №1"),
                RegistryTestSupport.teacher("Кузнецова", "мбоу сош № 1"),
                RegistryTestSupport.employer("Морозов", "МБОУ «Гимназия №2»")), ';', CP1251);

        support.upload(tenant, tenant, "список.csv", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.updated").value(0));

        mvc.perform(get("/api/" + tenant + "/registry/participants").param("search", "петров").with(support.as(tenant)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].fullName").value("Петров Семён Игоревич"))
                .andExpect(jsonPath("$.items[0].schoolClass").value("7Б"));

        var imported = events.ofType(ParticipantsImported.class);
        assertThat(imported).hasSize(1);
        ParticipantsImported e = imported.iterator().next();
        assertThat(e.tenantId()).isEqualTo(tenancy.bySlug(tenant).orElseThrow().id());
        assertThat(e.created()).isEqualTo(3);
        assertThat(e.organizationId()).isNull();
        assertThat(e.byCategory()).containsEntry(ParticipantCategory.PUPIL, 1).containsEntry(ParticipantCategory.TEACHER, 1)
                .containsEntry(ParticipantCategory.EMPLOYER_REPRESENTATIVE, 1);
        assertThat(e.byRole()).containsEntry(ParticipantRole.MENTOR, 2).containsEntry(ParticipantRole.MENTEE, 2);
        assertThat(e.evidenceSummary()).contains("добавлено 3");

        // one chunk carries the three participants, correlated with the import; no event per person, no ConsentGiven
        var chunks = events.ofType(ParticipantsRegistered.class);
        assertThat(chunks).hasSize(1);
        ParticipantsRegistered chunk = chunks.iterator().next();
        assertThat(chunk.importId()).isEqualTo(e.importId()).isEqualTo(chunk.correlationId());
        assertThat(chunk.batchId()).isNotNull();
        assertThat(chunk.tenantId()).isEqualTo(e.tenantId());
        assertThat(events.ofType(ParticipantRegistered.class)).isEmpty();
        assertThat(events.ofType(ConsentGiven.class)).isEmpty();
        assertThat(events.ofType(ParticipantsChanged.class)).isEmpty();
        List<ParticipantSnapshot> registered = chunk.participants();
        assertThat(registered).hasSize(3);
        ParticipantSnapshot teacher = registered.stream()
                .filter(s -> s.category() == ParticipantCategory.TEACHER).findFirst().orElseThrow();
        assertThat(teacher.name().surname()).isEqualTo("Кузнецова");
        assertThat(teacher.youngTeacher()).isTrue();
        assertThat(teacher.roles()).containsExactlyInAnyOrder(ParticipantRole.MENTOR, ParticipantRole.MENTEE);
        assertThat(teacher.competencies()).containsExactly("русский язык", "литература");
        assertThat(teacher.mentorCapacity()).isEqualTo(2);
        assertThat(teacher.processingConsent()).isTrue();
        assertThat(teacher.active()).isTrue();
        ParticipantSnapshot pupil = registered.stream()
                .filter(s -> s.category() == ParticipantCategory.PUPIL).findFirst().orElseThrow();
        assertThat(pupil.minor()).isTrue();
        assertThat(pupil.grade()).isEqualTo(7);
        assertThat(pupil.mentorCapacity()).isNull();
        // the snapshots are built from the rows, not read back: they must equal what the stored participants give
        ru.nastavnik.platform.TenantId tenantId = tenancy.bySlug(tenant).orElseThrow().id();
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        for (ParticipantSnapshot r : registered) {
            ParticipantSnapshot stored = ru.nastavnik.platform.TenantContext.get(tenantId, () -> tx.execute(st -> {
                var p = participants.find(r.participantId()).orElseThrow();
                return p.snapshot(p.joinedOn());
            }));
            assertThat(r).isEqualTo(stored);
        }
    }

    @Test
    void quotesBackslashesAndBracesInCellsAreWrittenAsTheyAre(PublishedEvents events) throws Exception {
        var employer = RegistryTestSupport.employer("Кавычкин", "МБОУ СОШ №1");
        employer.put(ImportColumn.COMPANY, "ООО \"Север\\Запад\" {1,2}");
        employer.put(ImportColumn.MENTOR_COMPETENCIES, "C\\C++, \"1С\"");
        support.upload(tenant, tenant, "кавычки.csv", RegistryTestSupport.csv(List.of(employer), ';',
                StandardCharsets.UTF_8)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        UUID id = events.ofType(ParticipantsRegistered.class).iterator().next().participants().get(0).participantId();
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(jsonPath("$.company").value("ООО \"Север\\Запад\" {1,2}"))
                .andExpect(jsonPath("$.competencies[0]").value("C\\C++"))
                .andExpect(jsonPath("$.competencies[1]").value("\"1С\""));
    }

    @Test
    void aLargeImportIsPublishedInChunksOfFiveThousandEachPersonOnce(PublishedEvents events) throws Exception {
        var rows = RegistryTestSupport.pupils(10_001, "МБОУ СОШ №1");
        support.upload(tenant, tenant, "район.csv", RegistryTestSupport.csv(rows, ';', StandardCharsets.UTF_8))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(10_001))
                .andExpect(jsonPath("$.rowsWritten").value(10_001)).andExpect(jsonPath("$.rowsTotal").value(10_001));

        UUID importId = events.ofType(ParticipantsImported.class).iterator().next().importId();
        var chunks = java.util.stream.StreamSupport.stream(events.ofType(ParticipantsRegistered.class).spliterator(), false)
                .filter(c -> c.importId().equals(importId)).toList();
        assertThat(chunks).extracting(c -> c.participants().size()).containsExactly(5_000, 5_000, 1);
        assertThat(chunks).extracting(ParticipantsRegistered::batchId).doesNotHaveDuplicates();
        assertThat(chunks.stream().flatMap(c -> c.participants().stream()).map(ParticipantSnapshot::participantId)
                .distinct().count()).isEqualTo(10_001);
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesThatRow(PublishedEvents events) throws Exception {
        var bad = RegistryTestSupport.teacher("Кузнецова", "МБОУ СОШ №1");
        bad.put(ImportColumn.BIRTH_DATE, "31.02.1998");
        byte[] file = RegistryTestSupport.csv(List.of(RegistryTestSupport.pupil("Петров", "МБОУ СОШ №1"), bad,
                RegistryTestSupport.employer("Морозов", "МБОУ «Гимназия №2»")), ';', StandardCharsets.UTF_8);

        support.upload(tenant, tenant, "список.csv", file).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("строка 3, «Дата рождения»"))
                .andExpect(jsonPath("$.errors[0].message").value("дата «31.02.1998» не существует"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.startsWith("Файл не загружен: найдено ошибок — 1.")));

        mvc.perform(get("/api/" + tenant + "/registry/participants").with(support.as(tenant)))
                .andExpect(jsonPath("$.total").value(0));
        assertThat(events.ofType(ParticipantsImported.class)).isEmpty();
        assertThat(events.ofType(ParticipantsRegistered.class)).isEmpty();
        mvc.perform(get("/api/" + tenant + "/registry/imports").with(support.as(tenant)))
                .andExpect(jsonPath("$[0].status").value("REJECTED")).andExpect(jsonPath("$[0].totalErrors").value(1));
    }

    @Test
    void reImportingTheSameListChangesNothingAndAChangedRowUpdatesOnlyThatParticipant(PublishedEvents events)
            throws Exception {
        var rows = List.of(RegistryTestSupport.pupil("Петров", "МБОУ СОШ №1"),
                RegistryTestSupport.teacher("Кузнецова", "МБОУ СОШ №1"),
                RegistryTestSupport.employer("Морозов", "МБОУ «Гимназия №2»"));
        support.upload(tenant, tenant, "список.csv", RegistryTestSupport.csv(rows, ';', CP1251))
                .andExpect(jsonPath("$.created").value(3));

        // the same list again, now as UTF-8 with commas: same natural keys, nothing to change
        support.upload(tenant, tenant, "список-2.csv", RegistryTestSupport.csv(rows, ',', StandardCharsets.UTF_8))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.unchanged").value(3))
                .andExpect(jsonPath("$.outcome").value("без изменений (3)"));

        var changed = RegistryTestSupport.teacher("Кузнецова", "МБОУ СОШ №1");
        changed.put(ImportColumn.PHONE, "+7 900 000-00-01");
        support.upload(tenant, tenant, "список-3.csv", RegistryTestSupport.csv(
                List.of(rows.get(0), changed, rows.get(2)), ';', StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(2));

        assertThat(events.ofType(ParticipantsImported.class)).hasSize(3);
        // the first import's chunk; the second import changed nothing and published no chunk; the third one change
        assertThat(events.ofType(ParticipantsRegistered.class)).hasSize(1);
        assertThat(events.ofType(ParticipantsRegistered.class).iterator().next().participants()).hasSize(3);
        assertThat(events.ofType(ParticipantsChanged.class)).hasSize(1);
        assertThat(events.ofType(ParticipantsChanged.class).iterator().next().participants())
                .extracting(p -> p.name().surname()).containsExactly("Кузнецова");
        assertThat(events.ofType(ParticipantChanged.class)).isEmpty();
        mvc.perform(get("/api/" + tenant + "/registry/participants").with(support.as(tenant)))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void theBackgroundImportReportsItsProgressAndEndsWithTheImportEvent(Scenario scenario) throws Exception {
        var rows = RegistryTestSupport.pupils(300, "МБОУ СОШ №1");
        byte[] file = RegistryTestSupport.csv(rows, ';', CP1251);
        UUID tenantId = tenancy.bySlug(tenant).orElseThrow().id().value();
        String[] location = new String[1];

        scenario.stimulate(() -> {
            try {
                location[0] = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                .multipart("/api/" + tenant + "/registry/imports").file(
                                        new org.springframework.mock.web.MockMultipartFile("file", "большой.csv", "text/csv", file))
                                .param("async", "true").with(support.as(tenant))
                                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                        .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).andWaitForEventOfType(ParticipantsImported.class)
                .matching(e -> e.tenantId().value().equals(tenantId))
                .toArriveAndVerify(e -> assertThat(e.created()).isEqualTo(300));

        mvc.perform(get(location[0]).with(support.as(tenant))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.rowsProcessed").value(300))
                .andExpect(jsonPath("$.created").value(300)).andExpect(jsonPath("$.rowsWritten").value(300))
                // nobody listens to the registry in its module test: its events were stored as no publication
                .andExpect(jsonPath("$.eventPublications").value(0))
                .andExpect(jsonPath("$.followUp.catchingUp").value(false));
        mvc.perform(get("/api/" + tenant + "/registry/imports").with(support.as(tenant)))
                .andExpect(jsonPath("$[*].fileName", hasItem("большой.csv")));
    }
}
