package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;


import tools.jackson.databind.json.JsonMapper;

/**
 * The participant events carry the month of birth — the least that tells who of two people is older, for pairing's
 * «mentor is senior» rule (issue 16, item 4) — and never the date; an anonymised participant's events carry none. The
 * month survives the JSON of the event publication registry.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class SnapshotBirthMonthTests extends RegistryApiTest {

    @Test
    void theSnapshotCarriesTheMonthOfBirthUntilTheParticipantIsAnonymised(PublishedEvents events) throws Exception {
        UUID id = teacher("Месяцева", "1990-04-12");

        ParticipantRegistered registered = events.ofType(ParticipantRegistered.class)
                .matching(e -> e.participant().participantId().equals(id)).iterator().next();
        assertThat(registered.participant().birthMonth()).isEqualTo(YearMonth.of(1990, 4));
        var json = JsonMapper.builder().build();
        String serialised = json.writeValueAsString(registered);
        assertThat(serialised).contains("\"birthMonth\":\"1990-04\"").doesNotContain("1990-04-12");
        assertThat(json.readValue(serialised, ParticipantRegistered.class)).isEqualTo(registered);

        mvc.perform(post("/api/" + tenant + "/registry/participants/" + id + "/consents/PROCESSING/withdrawal")
                .with(support.as(tenant)).with(csrf())).andExpect(status().isOk());
        assertThat(events.ofType(ParticipantAnonymised.class).matching(e -> e.participantId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.participant().birthMonth()).isNull());
        ParticipantChanged last = null;
        for (ParticipantChanged e : events.ofType(ParticipantChanged.class).matching(e -> e.participant().participantId().equals(id))) {
            last = e;
        }
        assertThat(last).isNotNull();
        assertThat(last.participant().birthMonth()).isNull();
    }
}
