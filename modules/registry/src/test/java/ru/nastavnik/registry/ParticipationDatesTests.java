package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.registry.application.RegistryAccess;

/**
 * One date rule for every end of participation (issue 16, item 7): withdrawing a consent — which, for the consent to
 * processing, also records the participant's leaving — and leaving take a date that is not before the participant's
 * enrolment in the register and not in the future; a withdrawal is also not before the consent itself. The API and the
 * card page refuse a wrong date with the same Russian message and change nothing.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ParticipationDatesTests extends RegistryApiTest {

    @Autowired
    RegistryAccess access;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    UUID teacher(String surname) throws Exception {
        return teacher(surname, "1990-04-12");
    }

    LocalDate joinedOn(UUID id) throws Exception {
        String body = mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andReturn().getResponse().getContentAsString();
        return LocalDate.parse(JsonPath.read(body, "$.joinedOn"));
    }

    String expected(LocalDate joinedOn) {
        return "не раньше даты включения в реестр (" + ru(joinedOn) + ") и не позже сегодняшней";
    }

    static String ru(LocalDate date) {
        return "%02d.%02d.%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    @Test
    void theApiRefusesAWithdrawalOrALeavingBeforeEnrolmentWithTheSameRule(PublishedEvents events) throws Exception {
        UUID id = teacher("Ранняя");
        LocalDate joined = joinedOn(id);
        LocalDate before = joined.minusDays(1);

        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/consents/PROCESSING/withdrawal")
                        .with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + before + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Данные не приняты"))
                .andExpect(jsonPath("$.detail").value("Дата отзыва согласия должна быть " + expected(joined)))
                .andExpect(jsonPath("$.errors[0].field").value("withdrawnOn"));
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/leave")
                        .with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leftOn\":\"" + before + "\",\"reason\":\"переезд\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Дата выбытия должна быть " + expected(joined)))
                .andExpect(jsonPath("$.errors[0].field").value("leftOn"));
        // a date in the future is refused the same way
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/consents/PROCESSING/withdrawal")
                        .with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + access.today().plusDays(1) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Дата отзыва согласия должна быть " + expected(joined)));

        // nothing changed: not anonymised, still active, no event about a withdrawal or a leaving
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(jsonPath("$.anonymised").value(false)).andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.surname").value("Ранняя")).andExpect(jsonPath("$.leftOn").doesNotExist());
        assertThat(events.ofType(ConsentWithdrawn.class).matching(e -> e.participantId().equals(id))).isEmpty();
        assertThat(events.ofType(ParticipantLeft.class).matching(e -> e.participantId().equals(id))).isEmpty();
        assertThat(events.ofType(ParticipantAnonymised.class).matching(e -> e.participantId().equals(id))).isEmpty();

        // on the day of enrolment both are accepted; the leaving recorded by the withdrawal is that day
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/consents/PROCESSING/withdrawal")
                        .with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + joined + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leftOn").value(joined.toString()));
        assertThat(events.ofType(ParticipantLeft.class).matching(e -> e.participantId().equals(id)))
                .extracting(ParticipantLeft::leftOn).containsExactly(joined);
    }

    @Test
    void aWithdrawalIsNotBeforeTheConsentItself() throws Exception {
        UUID id = teacher("Согласная");
        // enrolled ten days ago (as if imported then); the consent to publication was given two days ago
        LocalDate today = access.today();
        TenantContext.run(tenants.bySlug(tenant).orElseThrow().id(), () -> tx.executeWithoutResult(s -> jdbc.update(
                "update registry.participant set joined_on = ? where id = ?", java.sql.Date.valueOf(today.minusDays(10)), id)));
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/consents").with(support.as(tenant))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"purpose\":\"PUBLICATION\",\"givenOn\":\""
                                + today.minusDays(2) + "\",\"byLegalRepresentative\":false}"))
                .andExpect(status().isOk());

        // after the enrolment but before the consent: refused, naming the consent's date
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/consents/PUBLICATION/withdrawal")
                        .with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + today.minusDays(5) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Дата отзыва согласия не может быть раньше даты самого согласия ("
                        + ru(today.minusDays(2)) + ")"))
                .andExpect(jsonPath("$.errors[0].field").value("withdrawnOn"));
        // a leaving between the enrolment and today is taken
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/leave")
                        .with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leftOn\":\"" + today.minusDays(5) + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leftOn").value(today.minusDays(5).toString()));
    }

    @Test
    void theCardPageTakesTheDateAndRefusesOneBeforeEnrolmentWithTheSameMessage() throws Exception {
        UUID id = teacher("Страничная");
        LocalDate joined = joinedOn(id);
        String card = "/t/" + tenant + "/registry/participants/" + id;

        // the card offers the date of the withdrawal and of the leaving, today by default
        String page = mvc.perform(get(card).with(support.as(tenant))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Дата отзыва").contains("Дата выбытия").contains("value=\"" + access.today() + "\"");

        mvc.perform(post(card + "/consents/PROCESSING/withdraw").with(support.as(tenant)).with(csrf())
                        .param("on", joined.minusDays(1).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Дата отзыва согласия должна быть " + expected(joined)));
        mvc.perform(post(card + "/leave").with(support.as(tenant)).with(csrf())
                        .param("on", joined.minusDays(1).toString()).param("reason", "переезд"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Дата выбытия должна быть " + expected(joined)));
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(jsonPath("$.anonymised").value(false)).andExpect(jsonPath("$.status").value("ACTIVE"));

        // a right date is taken from the form
        mvc.perform(post(card + "/leave").with(support.as(tenant)).with(csrf())
                        .param("on", joined.toString()).param("reason", "переезд"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("выбыл")));
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(jsonPath("$.status").value("LEFT")).andExpect(jsonPath("$.leftOn").value(joined.toString()));
    }
}
