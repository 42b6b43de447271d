package ru.nastavnik.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.tenancy.TenancyService;

/**
 * A registry API test in a fresh municipality (no demo data) with one school; its coordinator signs in with the slug.
 * Subclasses carry {@code @ApplicationModuleTest @AutoConfigureMockMvc}.
 */
abstract class RegistryApiTest {

    static final String SCHOOL = "МБОУ СОШ №5";

    @Autowired
    MockMvc mvc;

    @Autowired
    TenancyService tenancy;

    RegistryTestSupport support;
    String tenant;
    UUID school;

    @BeforeEach
    void tenantWithASchool() throws Exception {
        support = new RegistryTestSupport(mvc, tenancy);
        tenant = support.newTenant();
        school = support.organisation(tenant, SCHOOL);
    }

    /** A teacher mentor of the school (capacity 2, consent to processing given by herself in 2020), over the API. */
    UUID teacher(String surname, String birthDate) throws Exception {
        String body = mvc.perform(post("/api/" + tenant + "/registry/participants").with(support.as(tenant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"surname":"%s","name":"Анна","patronymic":"Петровна","category":"TEACHER",
                                 "birthDate":"%s","organizationId":"%s","pedagogicalStart":"2015-09-01",
                                 "role":"MENTOR","competencies":["математика"],"capacity":2,
                                 "consentDate":"2020-09-01","consentGiver":"SELF"}""".formatted(surname, birthDate, school)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }
}
