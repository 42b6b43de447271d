package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;


import ru.nastavnik.registry.domain.ImportColumn;

/**
 * The numeric fields of the registry's forms and files take Russian input or refuse it clearly (issue 16, item 5):
 * the contingent's «1 494» is 1494, a capacity of «3,0» is 3; «971,5» pupils or a capacity of «2,5» are refused naming
 * the field and quoting the value, and nothing is saved — never cut to a whole number.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RussianNumbersInFormsTests extends RegistryApiTest {

    MockHttpServletRequestBuilder form(String path) {
        return post("/t/" + tenant + "/registry" + path).with(support.as(tenant)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    @Test
    void theContingentTakesThousandsApartAndRefusesAFraction() throws Exception {
        mvc.perform(form("/organizations/" + school + "/contingent/2025").param("pupilsTotal", "1 494")
                        .param("pupils10to19", "971").param("pupils15to19", "402").param("teachers", "153,0")
                        .param("youngTeachers", "24"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        String url = "/api/" + tenant + "/registry/organizations/" + school + "/contingent/2025";
        mvc.perform(get(url).with(support.as(tenant)))
                .andExpect(jsonPath("$.pupilsTotal").value(1494)).andExpect(jsonPath("$.teachers").value(153));

        mvc.perform(form("/organizations/" + school + "/contingent/2025").param("pupilsTotal", "1500")
                        .param("pupils10to19", "971,5").param("pupils15to19", "402").param("teachers", "153")
                        .param("youngTeachers", "24"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Обучающихся 10–19 лет: «971,5» — не целое число"));
        mvc.perform(get(url).with(support.as(tenant))).andExpect(jsonPath("$.pupilsTotal").value(1494));
    }

    @Test
    void aMentorsCapacityOnTheCardIsAWholeNumberWrittenEitherWay() throws Exception {
        UUID id = teacher("Ёмкая", "1980-04-12");
        String card = "/api/" + tenant + "/registry/participants/" + id;

        mvc.perform(form("/participants/" + id + "/mentor-profile").param("competencies", "математика")
                        .param("capacity", "3,0"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        mvc.perform(get(card).with(support.as(tenant))).andExpect(jsonPath("$.capacity").value(3));

        mvc.perform(form("/participants/" + id + "/mentor-profile").param("competencies", "математика")
                        .param("capacity", "2,5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Ёмкость наставника: «2,5» — не целое число"));
        mvc.perform(get(card).with(support.as(tenant))).andExpect(jsonPath("$.capacity").value(3));
    }

    @Test
    void theParticipantFormAndTheImportFileReadACapacityOfTwoPointZeroAndRefuseTwoAndAHalf() throws Exception {
        var created = mvc.perform(form("/participants/new").param("surname", "Формова").param("name", "Анна")
                        .param("category", "TEACHER").param("birthDate", "1980-04-12").param("organizationId", school.toString())
                        .param("pedagogicalStart", "2005-09-01").param("role", "MENTOR").param("competencies", "математика")
                        .param("capacity", "2,0").param("consentDate", "2020-09-01").param("consentGiver", "SELF"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + id).with(support.as(tenant)))
                .andExpect(jsonPath("$.capacity").value(2));

        String page = mvc.perform(form("/participants/new").param("surname", "Дробная").param("name", "Анна")
                        .param("category", "TEACHER").param("birthDate", "1981-04-12").param("organizationId", school.toString())
                        .param("pedagogicalStart", "2005-09-01").param("role", "MENTOR").param("competencies", "математика")
                        .param("capacity", "2,5").param("consentDate", "2020-09-01").param("consentGiver", "SELF"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("«2,5» не число: ожидается целое число от 1 до 10");
        mvc.perform(get("/api/" + tenant + "/registry/participants").param("search", "Дробная").with(support.as(tenant)))
                .andExpect(jsonPath("$.total").value(0));

        var row = RegistryTestSupport.teacher("Файлова", SCHOOL);
        row.put(ImportColumn.MENTOR_CAPACITY, "2,5");
        support.upload(tenant, tenant, "список.csv", RegistryTestSupport.csv(List.of(row), ';', StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("строка 2, «Сколько наставляемых может вести»"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("«2,5» не число")));
    }
}
