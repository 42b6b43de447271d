package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.tenancy.TenancyService;

/**
 * Participants over the API with real accounts: create and validation, consent and anonymisation, another tenant's
 * participant, the school curator's scope, contingent and audit.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RegistryParticipantsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenancyService tenancy;

    RegistryTestSupport support;
    String tenant;
    UUID school1;
    UUID school2;

    @BeforeEach
    void tenant() throws Exception {
        support = new RegistryTestSupport(mvc, tenancy);
        tenant = support.newTenant();
        school1 = support.organisation(tenant, "МБОУ СОШ №1");
        school2 = support.organisation(tenant, "МБОУ «Гимназия №2»");
    }

    String teacherJson(UUID organisation, String surname) {
        return """
                {"surname":"%s","name":"Анна","patronymic":"Петровна","category":"TEACHER","birthDate":"1999-04-12",
                 "organizationId":"%s","pedagogicalStart":"2025-09-01","role":"MENTOR_AND_MENTEE",
                 "competencies":["математика","информатика"],"capacity":2,"requests":["классное руководство"],
                 "consentDate":"2025-09-01","consentGiver":"SELF","email":"anna@example.ru","phone":"8 912 345 67 89"}
                """.formatted(surname, organisation);
    }

    UUID create(String user, UUID organisation, String surname) throws Exception {
        String body = mvc.perform(post("/api/" + tenant + "/registry/participants").with(support.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(teacherJson(organisation, surname)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    @Test
    void aParticipantIsCreatedValidatedLikeAnImportRowAndTheYoungTeacherIsDerived(PublishedEvents events) throws Exception {
        UUID id = create(tenant, school1, "Иванова");
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.youngTeacher").value(true))
                .andExpect(jsonPath("$.phone").value("+79123456789"))
                .andExpect(jsonPath("$.activeInProgrammes").value(true))
                .andExpect(jsonPath("$.consents[0].purpose").value("PROCESSING"));
        assertThat(events.ofType(ParticipantRegistered.class).matching(e -> e.participant().participantId().equals(id)))
                .hasSize(1).allMatch(e -> e.participant().processingConsent());
        // the consent given with the registration travels in its snapshot (as an import's does), not as an event
        assertThat(events.ofType(ConsentGiven.class).matching(e -> e.participantId().equals(id))).isEmpty();

        // the same person again: a conflict; a bad date and a pupil-only field: errors by field, in Russian
        mvc.perform(post("/api/" + tenant + "/registry/participants").with(support.as(tenant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(teacherJson(school1, "Иванова")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/" + tenant + "/registry/participants").with(support.as(tenant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(teacherJson(school1, "Петрова")
                                .replace("\"birthDate\":\"1999-04-12\"", "\"birthDate\":\"2030-01-01\"")
                                .replace("\"role\"", "\"schoolClass\":\"7Б\",\"role\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("birthDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("schoolClass")));
    }

    @Test
    void withdrawingProcessingConsentAnonymisesIrreversiblyAndKeepsTheCounts(PublishedEvents events) throws Exception {
        UUID id = create(tenant, school1, "Сидорова");
        create(tenant, school1, "Кузнецова");
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/consents").with(support.as(tenant))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"PUBLICATION\",\"givenOn\":\"2025-10-01\",\"byLegalRepresentative\":false}"))
                .andExpect(status().isOk());

        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/consents/PROCESSING/withdrawal")
                        .with(support.as(tenant)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.anonymised").value(true))
                .andExpect(jsonPath("$.surname").value("Участник"))
                .andExpect(jsonPath("$.name", org.hamcrest.Matchers.startsWith("№")))
                .andExpect(jsonPath("$.patronymic").doesNotExist()).andExpect(jsonPath("$.birthDate").doesNotExist())
                .andExpect(jsonPath("$.birthYear").value(1999)).andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$.phone").doesNotExist()).andExpect(jsonPath("$.category").value("TEACHER"))
                .andExpect(jsonPath("$.activeInProgrammes").value(false)).andExpect(jsonPath("$.status").value("LEFT"));

        // the counts by category stay; the old name finds nobody; nothing can be changed or consented any more
        mvc.perform(get("/api/" + tenant + "/registry/participants").param("category", "TEACHER").with(support.as(tenant)))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.totalExact").value(true));
        mvc.perform(get("/api/" + tenant + "/registry/participants").param("search", "сидорова").with(support.as(tenant)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/" + tenant + "/registry/participants").param("active", "true").with(support.as(tenant)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(put("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(teacherJson(school1, "Сидорова")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/consents").with(support.as(tenant))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"PROCESSING\",\"givenOn\":\"2025-10-01\",\"byLegalRepresentative\":false}"))
                .andExpect(status().isConflict());

        assertThat(events.ofType(ConsentWithdrawn.class).matching(e -> e.participantId().equals(id)))
                .extracting(ConsentWithdrawn::purpose)
                .containsExactlyInAnyOrder(ru.nastavnik.registry.ConsentPurpose.PROCESSING,
                        ru.nastavnik.registry.ConsentPurpose.PUBLICATION);
        assertThat(events.ofType(ParticipantAnonymised.class).matching(e -> e.participantId().equals(id))).hasSize(1);
        // the anonymisation event carries what the indicators count, and no name
        ParticipantAnonymised anonymised = events.ofType(ParticipantAnonymised.class)
                .matching(e -> e.participantId().equals(id)).iterator().next();
        assertThat(anonymised.participant().organizationId()).isEqualTo(school1);
        assertThat(anonymised.participant().category()).isEqualTo(ParticipantCategory.TEACHER);
        assertThat(anonymised.participant().ageBand()).isEqualTo(AgeBand.FROM_20_TO_34);
        assertThat(anonymised.participant().youngTeacher()).isTrue();
        assertThat(anonymised.participant().roles()).containsExactlyInAnyOrder(ParticipantRole.MENTOR,
                ParticipantRole.MENTEE);
        assertThat(anonymised.participant().name().full()).startsWith("Участник №").doesNotContain("Сидорова")
                .doesNotContain("Анна");
        assertThat(anonymised.participant().processingConsent()).isFalse();
        assertThat(events.ofType(ParticipantLeft.class).matching(e -> e.participantId().equals(id))).hasSize(1);
        ParticipantSnapshot last = null;
        for (ParticipantChanged e : events.ofType(ParticipantChanged.class)) {
            if (e.participant().participantId().equals(id)) {
                last = e.participant();
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.name().full()).startsWith("Участник №");
        assertThat(last.category()).isEqualTo(ParticipantCategory.TEACHER);
        assertThat(last.ageBand()).isEqualTo(AgeBand.FROM_20_TO_34);
        assertThat(last.active()).isFalse();

        // the audit log has the withdrawal and the anonymisation; a school curator may not read it
        mvc.perform(get("/api/" + tenant + "/registry/audit").param("participantId", id.toString()).with(support.as(tenant)))
                .andExpect(jsonPath("$.items[*].action", hasItem("ANONYMISED")))
                .andExpect(jsonPath("$.items[*].action", hasItem("CONSENT_WITHDRAWN")))
                .andExpect(jsonPath("$.items[*].action", hasItem("CARD_READ")));
    }

    @Test
    void everyReadOfACardAndEveryChangeIsInTheTenantsAuditLog() throws Exception {
        UUID id = create(tenant, school1, "Читаемая");
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(status().isOk());
        mvc.perform(get("/t/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/" + tenant + "/registry/participants/" + id + "/mentee-profile").with(support.as(tenant))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"requests\":[\"работа с родителями\"]}"))
                .andExpect(status().isOk());

        String body = mvc.perform(get("/api/" + tenant + "/registry/audit").param("participantId", id.toString())
                        .with(support.as(tenant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> actions = JsonPath.read(body, "$.items[*].action");
        assertThat(actions).filteredOn("CARD_READ"::equals).hasSize(3);
        assertThat(actions).contains("CREATED", "CHANGED");
        List<String> users = JsonPath.read(body, "$.items[*].username");
        assertThat(users).containsOnly(tenant);
        // the tenant-wide log has them too, and another tenant's log does not
        mvc.perform(get("/api/" + tenant + "/registry/audit").with(support.as(tenant)))
                .andExpect(jsonPath("$.items[*].participantId", hasItem(id.toString())));
        String other = support.newTenant();
        mvc.perform(get("/api/" + other + "/registry/audit").with(support.as(other)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anotherTenantsParticipantIsNeverVisible() throws Exception {
        UUID id = create(tenant, school1, "Морозова");
        String other = support.newTenant();
        support.organisation(other, "МБОУ СОШ №1");

        mvc.perform(get("/api/" + other + "/registry/participants/" + id).with(support.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/" + other + "/registry/participants/" + id + "/mentee-profile").with(support.as(other))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"requests\":[\"x\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/" + other + "/registry/participants").with(support.as(other)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/" + other + "/registry/organizations").with(support.as(other)))
                .andExpect(jsonPath("$.length()").value(1));
        // and the other tenant's coordinator cannot even address this tenant
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(other)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(status().isOk());
    }

    @Test
    void aSchoolCuratorSeesAndEditsOnlyTheirOrganisation() throws Exception {
        UUID own = create(tenant, school1, "Своя");
        UUID foreign = create(tenant, school2, "Чужая");
        String body = mvc.perform(post("/api/" + tenant + "/registry/curators").with(support.as(tenant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"SCHOOL","organizationId":"%s","fullName":"Куратова Ольга Ивановна",
                                 "orderNumber":"15-од","orderDate":"2025-09-01"}""".formatted(school1)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String curatorId = JsonPath.read(body, "$.id");
        String username = tenant + "-curator";
        mvc.perform(post("/api/" + tenant + "/registry/curators/" + curatorId + "/account").with(support.as(tenant))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"secret1\"}")).andExpect(status().isCreated());

        mvc.perform(get("/api/" + tenant + "/registry/participants").with(support.as(username)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(own.toString()));
        mvc.perform(get("/api/" + tenant + "/registry/participants").param("organizationId", school2.toString())
                .with(support.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + foreign).with(support.as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + own).with(support.as(username)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/" + tenant + "/registry/participants").with(support.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(teacherJson(school2, "Новая")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/" + tenant + "/registry/organizations").with(support.as(username)))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/" + tenant + "/registry/audit").with(support.as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/" + tenant + "/registry/export").with(support.as(username)))
                .andExpect(status().isForbidden());

        // the curator's file may name only the curator's own school
        byte[] file = RegistryTestSupport.csv(List.of(RegistryTestSupport.pupil("Петров", "МБОУ «Гимназия №2»")), ';',
                StandardCharsets.UTF_8);
        support.upload(tenant, username, "список.csv", file).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("строка 2, «Организация»"));
    }

    @Test
    void theContingentIsReportedPerSchoolYearAndChecked(PublishedEvents events) throws Exception {
        String url = "/api/" + tenant + "/registry/organizations/" + school1 + "/contingent/2018";
        mvc.perform(put(url).with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pupilsTotal\":1734,\"pupils10to19\":971,\"teachers\":153,\"youngTeachers\":24}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.schoolYearLabel").value("2018/19"))
                .andExpect(jsonPath("$.youngTeachersShare").value(org.hamcrest.Matchers.closeTo(15.686, 0.001)));
        mvc.perform(put(url).with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pupilsTotal\":100,\"pupils10to19\":120,\"teachers\":10,\"youngTeachers\":11}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("pupils10to19")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("youngTeachers")));
        mvc.perform(get(url).with(support.as(tenant))).andExpect(jsonPath("$.teachers").value(153));
        mvc.perform(get("/api/" + tenant + "/registry/organizations/" + school2 + "/contingent/2018").with(support.as(tenant)))
                .andExpect(status().isNotFound());
        assertThat(events.ofType(ContingentReported.class)).hasSize(1);
        ContingentReported e = events.ofType(ContingentReported.class).iterator().next();
        assertThat(e.schoolYearStart()).isEqualTo(2018);
        assertThat(e.youngTeachers()).isEqualTo(24);
        assertThat(events.ofType(OrganizationRegistered.class)).isEmpty();
    }

    @Test
    void profilesAndTrainingArePublished(PublishedEvents events) throws Exception {
        UUID id = create(tenant, school1, "Наставникова");
        mvc.perform(put("/api/" + tenant + "/registry/participants/" + id + "/mentor-profile").with(support.as(tenant))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"competencies\":[\"физика\",\"ОГЭ\"],\"capacity\":3,\"positiveExperience\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.capacity").value(3));
        mvc.perform(put("/api/" + tenant + "/registry/participants/" + id + "/mentor-profile").with(support.as(tenant))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"competencies\":[],\"capacity\":30,\"positiveExperience\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("capacity")));
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/trainings").with(support.as(tenant))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Школа наставника\",\"completedOn\":\"2025-11-01\"}")).andExpect(status().isOk());
        mvc.perform(put("/api/" + tenant + "/registry/participants/" + id + "/mentee-profile").with(support.as(tenant))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"requests\":[\"работа с родителями\"]}"))
                .andExpect(status().isOk());

        var mentor = events.ofType(MentorProfileChanged.class).matching(e -> e.participantId().equals(id));
        assertThat(mentor).hasSize(2);
        MentorProfileChanged last = null;
        for (MentorProfileChanged e : mentor) {
            last = e;
        }
        assertThat(last.competencies()).containsExactly("физика", "ОГЭ");
        assertThat(last.trained()).isTrue();
        assertThat(last.positiveExperience()).isTrue();
        assertThat(events.ofType(MenteeProfileChanged.class).matching(e -> e.participantId().equals(id))).hasSize(1);
        mvc.perform(get("/api/" + tenant + "/registry/participants").param("role", "MENTOR").param("youngTeacher", "true")
                .with(support.as(tenant))).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/" + tenant + "/registry/participants").param("category", "PUPIL").with(support.as(tenant)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void cataloguesAreEditedByTheCoordinator() throws Exception {
        mvc.perform(post("/api/" + tenant + "/registry/catalogues/COMPETENCY").with(support.as(tenant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Робототехника\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/" + tenant + "/registry/catalogues/COMPETENCY").with(support.as(tenant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"робототехника\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/" + tenant + "/registry/catalogues/COMPETENCY").with(support.as(tenant)))
                .andExpect(jsonPath("$[*].title", hasItem("Робототехника")));
        mvc.perform(get("/api/" + tenant + "/registry/catalogues/REQUEST").with(support.as(tenant)))
                .andExpect(jsonPath("$[*].title", not(hasItem("Робототехника"))));
    }
}
