package ru.nastavnik.roadmap.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResponsiblePartiesTest {

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
        "ОУ", "УО, ОУ", "ДИРО, ОУ", "кураторы внедрения целевой модели наставничества (УО, ОУ)",
        "Кураторы внедрения целевой модели наставничества (ОУ), УО", "руководители ОО", "ОО",
        "Образовательные организации", "Отдел образования администрации района, образовательные организации",
        "Отдел образования администрация района, Образовательные организации",
        "УНО г. Мичуринска Тамбовской области, образовательные организации", "образовательные учреждения",
        "руководители образовательных учреждений", "школы района"
    })
    void schoolsAmongTheResponsible(String responsible) {
        assertThat(ResponsibleParties.includesSchools(responsible)).isTrue();
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
        "ОМиМССО", "УО", "ДИРО", "УНО г. Мичуринска Тамбовской области", "Отдел образования администрации района",
        "Управление образования", "МОУО", "ООО «Наставник»", "ОУ2023"
    })
    void departmentOrOutsideBodyAlone(String responsible) {
        assertThat(ResponsibleParties.includesSchools(responsible)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void nobodyNamed(String responsible) {
        assertThat(ResponsibleParties.includesSchools(responsible)).isFalse();
    }
}
