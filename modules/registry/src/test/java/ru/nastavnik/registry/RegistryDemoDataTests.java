package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantCreated;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;

/**
 * Demo data: the embedded default creates the four product municipalities with {@code demo = true}; Sasovo gets the 9
 * schools of its monitoring report with its teacher figures, and participants with processing consent. A repeated
 * {@code TenantCreated} changes nothing; without the demo flag nothing is loaded.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RegistryDemoDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenancyService tenancy;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionOperations tx;

    long count(TenantId tenant, String sql) {
        return TenantContext.get(tenant, () -> tx.execute(s -> jdbc.queryForObject(sql, Long.class)));
    }

    long participants(TenantId tenant) {
        return count(tenant, "select count(*) from registry.participant");
    }

    @Test
    void sasovoHasTheNineSchoolsOfItsMonitoringReportAndActiveParticipants(Scenario scenario) throws Exception {
        TenantId sasovo = tenancy.bySlug("sasovo").orElseThrow().id();
        var support = new RegistryTestSupport(mvc, tenancy);
        // loaded asynchronously at start-up
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> participants(sasovo) > 0);

        String orgs = mvc.perform(get("/api/sasovo/registry/organizations").with(support.as("sasovo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<?>>read(orgs, "$")).hasSize(9);
        String y2018 = mvc.perform(get("/api/sasovo/registry/contingent").param("schoolYear", "2018")
                .with(support.as("sasovo"))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(y2018, "$[*].teachers").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(153);
        assertThat(JsonPath.<List<Integer>>read(y2018, "$[*].youngTeachers").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(24);
        String y2019 = mvc.perform(get("/api/sasovo/registry/contingent").param("schoolYear", "2019")
                .with(support.as("sasovo"))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(y2019, "$[*].teachers").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(150);
        assertThat(JsonPath.<List<Integer>>read(y2019, "$[*].youngTeachers").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(23);

        long total = participants(sasovo);
        assertThat(total).isGreaterThanOrEqualTo(9 * 13);
        mvc.perform(get("/api/sasovo/registry/participants").param("active", "true").with(support.as("sasovo")))
                .andExpect(jsonPath("$.total").value((int) total));
        mvc.perform(get("/api/sasovo/registry/participants").param("role", "MENTOR").with(support.as("sasovo")))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(9 * 5)));
        mvc.perform(get("/api/sasovo/registry/participants").param("youngTeacher", "true").with(support.as("sasovo")))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(9)));
        for (String other : List.of("sosnovka", "michurinsk", "dagestanskie-ogni")) {
            TenantId t = tenancy.bySlug(other).orElseThrow().id();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> participants(t) > 0);
            assertThat(count(t, "select count(*) from registry.contingent")).isPositive();
        }

        // a second TenantCreated (e.g. redelivered) changes nothing
        long organisations = count(sasovo, "select count(*) from registry.organization");
        long contingents = count(sasovo, "select count(*) from registry.contingent");
        long imports = count(sasovo, "select count(*) from registry.import_job");
        scenario.publish(new TenantCreated(sasovo, "sasovo", "Сасовский муниципальный район", "ryazan", "УО", true))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from platform.event_publication "
                        + "where completion_date is null and listener_id like '%DemoData%'", Long.class), n -> n == 0);
        assertThat(participants(sasovo)).isEqualTo(total);
        assertThat(count(sasovo, "select count(*) from registry.organization")).isEqualTo(organisations);
        assertThat(count(sasovo, "select count(*) from registry.contingent")).isEqualTo(contingents);
        assertThat(count(sasovo, "select count(*) from registry.import_job")).isEqualTo(imports);
    }

    @Test
    void withoutTheDemoFlagNothingIsLoaded(Scenario scenario) {
        TenantId fresh = new TenantId(UUID.randomUUID());
        scenario.publish(new TenantCreated(fresh, "sasovo", "Сасовский муниципальный район", "ryazan", "УО", false))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from platform.event_publication "
                        + "where completion_date is null and listener_id like '%DemoData%'", Long.class), n -> n == 0);
        assertThat(count(fresh, "select count(*) from registry.organization")).isZero();
        assertThat(participants(fresh)).isZero();
    }
}
