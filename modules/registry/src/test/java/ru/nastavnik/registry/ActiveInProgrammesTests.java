package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.domain.ImportColumn;

/**
 * «Активные» (decision 0014): the register's filter, its exact count, the «активен» of each row and the counts above
 * the list read the participant's own {@code processing_consent} flag instead of joining the consents. After every way
 * a consent, the status or the anonymisation of a participant is written — registration by form and API, import of
 * new and of known rows, consent given and withdrawn by staff, withdrawal by the participant themself, leaving — the
 * list's count must equal the count recomputed by the consent join over the same tenant, and no participant's flag may
 * disagree with its consents; another tenant's figures do not move.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ActiveInProgrammesTests extends RegistryApiTest {

    /** «Активен в программах» recomputed from the consents, as the list had it before the flag. */
    static final String RECOMPUTED = "select count(*) from registry.participant p where p.status = 'ACTIVE' "
            + "and not p.anonymised and exists (select 1 from registry.consent c where c.participant_id = p.id "
            + "and c.purpose = 'PROCESSING' and c.withdrawn_on is null)";

    /** Participants whose flag says otherwise than their consents. */
    static final String DISAGREEING = "select count(*) from registry.participant p where p.processing_consent "
            + "<> exists (select 1 from registry.consent c where c.participant_id = p.id and c.purpose = 'PROCESSING' "
            + "and c.withdrawn_on is null)";

    static final Pattern PAGE_COUNTS = Pattern.compile("Всего участников: <span>([^<]+)</span>,\\s*активных: "
            + "<a href=\"[^\"]*\\?active=yes\"[^>]*>([^<]+)</a>");

    static final String PASSWORD = "Vesna-ok-2024";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    long inTenant(String slug, String sql, Object... args) {
        TenantId id = tenancy.bySlug(slug).orElseThrow().id();
        return TenantContext.get(id, () -> tx.execute(s -> jdbc.queryForObject(sql, Long.class, args)));
    }

    long listed(String slug, String active) throws Exception {
        var request = get("/api/" + slug + "/registry/participants").with(support.as(slug));
        if (active != null) {
            request = request.param("active", active);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.total")).longValue();
    }

    /**
     * The list's «активные», its complement, each row's «активен», the counts above the list and the recomputation by
     * the consent join all say {@code expected}; no flag disagrees with its consents.
     */
    void agree(String slug, long expected) throws Exception {
        long all = inTenant(slug, "select count(*) from registry.participant");
        assertThat(inTenant(slug, RECOMPUTED)).as("recomputed from the consents").isEqualTo(expected);
        assertThat(inTenant(slug, DISAGREEING)).as("flags disagreeing with the consents").isZero();
        assertThat(listed(slug, "true")).as("the list's «активные»").isEqualTo(expected);
        assertThat(listed(slug, "false")).as("the list's «неактивные»").isEqualTo(all - expected);
        assertThat(listed(slug, null)).isEqualTo(all);

        // row by row: the active rows are exactly those the consent join finds, and each says «активен»
        String body = mvc.perform(get("/api/" + slug + "/registry/participants").param("size", "200")
                .with(support.as(slug))).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$.items[*].id");
        List<Boolean> active = JsonPath.read(body, "$.items[*].active");
        Set<String> listedActive = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (active.get(i)) {
                listedActive.add(ids.get(i));
            }
        }
        TenantId id = tenancy.bySlug(slug).orElseThrow().id();
        List<String> joined = TenantContext.get(id, () -> tx.execute(s -> jdbc.queryForList(
                RECOMPUTED.replace("select count(*)", "select p.id::text"), String.class)));
        assertThat(listedActive).containsExactlyInAnyOrderElementsOf(joined);

        // the counts above the register (and in the home widget) say the same
        String page = mvc.perform(get("/t/" + slug + "/registry").with(support.as(slug))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = PAGE_COUNTS.matcher(page);
        assertThat(m.find()).as("the counts above the list").isTrue();
        assertThat(m.group(1)).isEqualTo(Long.toString(all));
        assertThat(m.group(2)).isEqualTo(Long.toString(expected));
    }

    UUID id(String surname) throws Exception {
        String body = mvc.perform(get("/api/" + tenant + "/registry/participants").param("search", surname)
                .with(support.as(tenant))).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.items[0].id"));
    }

    /** A participant with no consent on record, as data entered before consents were required would have. */
    void withoutConsent(UUID participant) {
        TenantId id = tenancy.bySlug(tenant).orElseThrow().id();
        TenantContext.run(id, () -> tx.executeWithoutResult(s -> {
            assertThat(jdbc.update("delete from registry.consent where participant_id = ?", participant)).isEqualTo(1);
            assertThat(jdbc.update("update registry.participant set processing_consent = false where id = ?",
                    participant)).isEqualTo(1);
        }));
    }

    byte[] file(List<Map<ImportColumn, String>> rows) {
        return RegistryTestSupport.csv(rows, ';', StandardCharsets.UTF_8);
    }

    @Test
    void everyWriteOfAConsentStatusOrAnonymisationKeepsTheActiveCountEqualToTheConsentJoin() throws Exception {
        // another municipality, whose figures must not move
        String other = support.newTenant();
        support.organisation(other, SCHOOL);
        support.upload(other, other, "другой.csv", file(List.of(RegistryTestSupport.teacher("Чужая", SCHOOL),
                RegistryTestSupport.pupil("Чужой", SCHOOL)))).andExpect(status().isOk());
        agree(other, 2);

        // import of new rows: four participants, each with its processing consent
        List<Map<ImportColumn, String>> rows = List.of(RegistryTestSupport.teacher("Импортова", SCHOOL),
                RegistryTestSupport.pupil("Импортов", SCHOOL), RegistryTestSupport.employer("Заводов", SCHOOL),
                RegistryTestSupport.teacher("Повторова", SCHOOL));
        support.upload(tenant, tenant, "список.csv", file(rows)).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(4));
        agree(tenant, 4);

        // registration over the API and by the form
        UUID apiTeacher = teacher("Апиева", "1980-04-12");
        agree(tenant, 5);
        mvc.perform(post("/t/" + tenant + "/registry/participants/new").with(support.as(tenant)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("surname", "Формова")
                        .param("name", "Анна").param("category", "TEACHER").param("birthDate", "1981-04-12")
                        .param("organizationId", school.toString()).param("pedagogicalStart", "2005-09-01")
                        .param("role", "MENTOR").param("competencies", "математика").param("capacity", "2")
                        .param("consentDate", "2020-09-01").param("consentGiver", "SELF"))
                .andExpect(status().is3xxRedirection());
        UUID formTeacher = id("Формова");
        agree(tenant, 6);

        // a known row re-imported with a renewed consent: still one valid consent, still active
        var renewed = new java.util.ArrayList<>(rows);
        var teacher = new java.util.EnumMap<>(rows.get(0));
        teacher.put(ImportColumn.CONSENT_DATE, "01.09.2026");
        renewed.set(0, teacher);
        support.upload(tenant, tenant, "список-2.csv", file(renewed)).andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.unchanged").value(3));
        assertThat(inTenant(tenant, "select count(*) from registry.consent where given_on = date '2026-09-01'"))
                .isEqualTo(1);
        agree(tenant, 6);

        // participants without a consent on record are not active; each way of recording one makes them active:
        // a re-import of their row (the import's consent statement), consent given on the card, the edit form
        UUID imported = id("Повторова");
        withoutConsent(imported);
        withoutConsent(apiTeacher);
        withoutConsent(formTeacher);
        agree(tenant, 3);
        support.upload(tenant, tenant, "список-3.csv", file(renewed)).andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.unchanged").value(3));
        agree(tenant, 4);
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + apiTeacher + "/consents")
                        .with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"PROCESSING\",\"givenOn\":\"2025-10-01\",\"byLegalRepresentative\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.activeInProgrammes").value(true));
        agree(tenant, 5);
        mvc.perform(post("/t/" + tenant + "/registry/participants/" + formTeacher + "/edit").with(support.as(tenant))
                        .with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("surname", "Формова")
                        .param("name", "Анна").param("category", "TEACHER").param("birthDate", "1981-04-12")
                        .param("organizationId", school.toString()).param("pedagogicalStart", "2005-09-01")
                        .param("role", "MENTOR").param("competencies", "математика").param("capacity", "2")
                        .param("consentDate", "2021-09-01").param("consentGiver", "SELF"))
                .andExpect(status().is3xxRedirection());
        agree(tenant, 6);

        // the publication consent given and withdrawn by staff: no change
        UUID employer = id("Заводов");
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + employer + "/consents").with(support.as(tenant))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"PUBLICATION\",\"givenOn\":\"2025-10-01\",\"byLegalRepresentative\":false}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + employer + "/consents/PUBLICATION/withdrawal")
                .with(support.as(tenant)).with(csrf())).andExpect(status().isOk());
        agree(tenant, 6);

        // leaving: the consent stays valid, the participant is no longer active
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + employer + "/leave").with(support.as(tenant))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"переезд\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.activeInProgrammes").value(false));
        assertThat(inTenant(tenant, "select count(*) from registry.participant where id = ? and processing_consent",
                employer)).isEqualTo(1);
        agree(tenant, 5);

        // staff record the withdrawal of the processing consent on the card: anonymised, not active
        UUID pupil = id("Импортов");
        mvc.perform(post("/t/" + tenant + "/registry/participants/" + pupil + "/consents/PROCESSING/withdraw")
                .with(support.as(tenant)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(inTenant(tenant, "select count(*) from registry.participant where id = ? and anonymised "
                + "and not processing_consent", pupil)).isEqualTo(1);
        agree(tenant, 4);

        // the participant withdraws it themself (issue 14): the same
        UUID own = id("Импортова");
        String body = mvc.perform(post("/api/" + tenant + "/registry/participants/" + own + "/invitations")
                .with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        String user = "p" + tenant;
        mvc.perform(post("/api/join/" + tenant + "/" + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\",\"passwordRepeat\":\""
                        + PASSWORD + "\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/" + tenant + "/me/consents/PROCESSING/withdrawal").with(support.as(user)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.activeInProgrammes").value(false));
        agree(tenant, 3);

        // the other municipality: untouched, and out of reach
        agree(other, 2);
        mvc.perform(get("/api/" + other + "/registry/participants").param("active", "true").with(support.as(tenant)))
                .andExpect(status().isForbidden());
    }
}
