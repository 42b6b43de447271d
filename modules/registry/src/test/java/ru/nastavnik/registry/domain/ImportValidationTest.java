package ru.nastavnik.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.nastavnik.registry.domain.ImportColumn.*;
import static ru.nastavnik.registry.domain.ImportFixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ImportValidationTest {

    @Test
    void acceptsAValidFileOfEveryCategoryAndParsesEveryField() {
        ImportResult result = validate(pupilMentee(), teacherMentorAndMentee(), studentMentor(), employerMentor());

        List<ParticipantRow> rows = rows(result);
        assertThat(rows).extracting(ParticipantRow::sourceRow).containsExactly(2, 3, 4, 5);

        ParticipantRow pupil = rows.get(0);
        assertThat(pupil.category()).isEqualTo(ParticipantCategory.PUPIL);
        assertThat(pupil.schoolClass()).isEqualTo(new SchoolClass(7, "Б"));
        assertThat(pupil.organisation()).isEqualTo(SCHOOL_1);
        assertThat(pupil.role()).isEqualTo(ParticipantRole.MENTEE);
        assertThat(pupil.menteeRequests()).containsExactly("математика", "подготовка к олимпиаде");
        assertThat(pupil.mentorCompetencies()).isEmpty();
        assertThat(pupil.mentorCapacity()).isNull();
        assertThat(pupil.consentGiver()).isEqualTo(ConsentGiver.LEGAL_REPRESENTATIVE);
        assertThat(pupil.legalRepresentative()).isEqualTo("Петрова Ольга Николаевна");
        assertThat(pupil.ageOn(REFERENCE_DATE)).isEqualTo(13);

        ParticipantRow teacher = rows.get(1);
        assertThat(teacher.pedagogicalStart()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(teacher.role()).isEqualTo(ParticipantRole.MENTOR_AND_MENTEE);
        assertThat(teacher.mentorCompetencies()).containsExactly("русский язык", "литература");
        assertThat(teacher.mentorCapacity()).isEqualTo(2);
        assertThat(teacher.phone()).isEqualTo("+79123456789");
        assertThat(teacher.email()).isEqualTo("kuznetsova@example.ru");
        assertThat(teacher.schoolClass()).isNull();
        assertThat(teacher.isYoungTeacherOn(REFERENCE_DATE)).isTrue();
        assertThat(teacher.isYoungTeacherOn(LocalDate.of(2026, 9, 1))).as("three years of experience").isFalse();

        ParticipantRow student = rows.get(2);
        assertThat(student.birthDate()).as("ISO date accepted").isEqualTo(LocalDate.of(2006, 11, 30));
        assertThat(student.patronymic()).isNull();
        assertThat(student.mentorTrainingDate()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(student.isYoungTeacherOn(REFERENCE_DATE)).isFalse();

        ParticipantRow employer = rows.get(3);
        assertThat(employer.company()).isEqualTo("АО «Сасовский завод»");
        assertThat(employer.organisation()).as("name matched without quotes and case").isEqualTo(SCHOOL_2);
        assertThat(employer.mentorCompetencies()).containsExactly("инженерное дело", "профориентация");
        assertThat(employer.phone()).isEqualTo("+79001112233");
    }

    @Test
    void youngTeacherIsDerivedFromAgeAndExperience() {
        ParticipantRow older = rows(validate(teacherMentorAndMentee()
                .with(BIRTH_DATE, "03.02.1985"))).get(0);
        assertThat(older.isYoungTeacherOn(REFERENCE_DATE)).as("40 years old").isFalse();

        ParticipantRow experienced = rows(validate(teacherMentorAndMentee()
                .with(PEDAGOGICAL_START, "01.09.2020"))).get(0);
        assertThat(experienced.pedagogicalExperienceOn(REFERENCE_DATE)).isEqualTo(5);
        assertThat(experienced.isYoungTeacherOn(REFERENCE_DATE)).isFalse();
    }

    @Nested
    class Header {

        @Test
        void toleratesCaseYoSpacesSynonymsMarksAndRemarks() {
            List<String> header = new ArrayList<>(header());
            header.set(SURNAME.ordinal(), "  ФАМИЛИЯ ");
            header.set(NAME.ordinal(), "имя*");
            header.set(CATEGORY.ordinal(), "Категория участника");
            header.set(SCHOOL_CLASS.ordinal(), "Класс (для обучающихся)");
            header.set(ORGANISATION.ordinal(), "Образовательная организация");
            header.set(MENTOR_CAPACITY.ordinal(), "Ёмкость наставника");
            header.set(CONSENT_DATE.ordinal(), "Дата согласия на обработку ПДн");
            header.set(EMAIL.ordinal(), "Эл. почта");
            header.add("Примечание");
            List<RawRow> table = List.of(new RawRow(1, header), pupilMentee().at(2), teacherMentorAndMentee().at(3));

            ImportResult result = ImportValidation.validate(table, ORGANISATIONS, REFERENCE_DATE);

            assertThat(rows(result)).hasSize(2);
            assertThat(((ImportResult.Accepted) result).ignoredColumns()).containsExactly("Примечание");
            assertThat(rows(result).get(1).email()).isEqualTo("kuznetsova@example.ru");
        }

        @Test
        void columnsMayComeInAnyOrderAndOptionalOnesMayBeAbsent() {
            List<ImportColumn> order = List.of(ROLE, CONSENT_GIVER, CONSENT_DATE, ORGANISATION, BIRTH_DATE, CATEGORY,
                    NAME, SURNAME, MENTOR_CAPACITY, MENTOR_COMPETENCIES, COMPANY);
            var employer = employerMentor();
            List<RawRow> table = List.of(
                    new RawRow(1, order.stream().map(ImportColumn::header).toList()),
                    new RawRow(2, order.stream().map(employer::get).toList()));

            ParticipantRow row = rows(ImportValidation.validate(table, ORGANISATIONS, REFERENCE_DATE)).get(0);

            assertThat(row.surname()).isEqualTo("Морозов");
            assertThat(row.phone()).isNull();
        }

        @Test
        void missingColumnsAreOneFileLevelErrorNamingThemAndNoRowIsChecked() {
            List<String> header = new ArrayList<>(header());
            header.remove(BIRTH_DATE.header());
            header.set(0, "Фамиля");
            List<RawRow> table = List.of(new RawRow(1, header), new RawRow(2, List.of("мусор")));

            List<RowError> errors = errors(ImportValidation.validate(table, ORGANISATIONS, REFERENCE_DATE));

            assertThat(errors).hasSize(1);
            RowError error = errors.get(0);
            assertThat(error.isFileLevel()).isTrue();
            assertThat(error.column()).isNull();
            assertThat(error.message()).isEqualTo("в строке заголовка (строка 1) нет обязательных столбцов: "
                    + "«Фамилия», «Дата рождения»; нераспознанные заголовки: «Фамиля»");
            assertThat(error.formatted()).startsWith("Файл: в строке заголовка");
        }

        @Test
        void aColumnTwiceIsAFileLevelError() {
            List<String> header = new ArrayList<>(header());
            header.add("ИМЯ");

            List<RowError> errors = errors(ImportValidation.validate(
                    List.of(new RawRow(1, header), pupilMentee().at(2)), ORGANISATIONS, REFERENCE_DATE));

            assertThat(errors).extracting(RowError::message)
                    .containsExactly("столбец «Имя» встречается дважды (столбцы B и T)");
        }

        @Test
        void theHeaderIsTheFirstNonBlankRowAndKeepsItsNumber() {
            List<String> header = new ArrayList<>(header());
            header.remove(ROLE.header());
            List<RawRow> table = List.of(new RawRow(1, List.of("", " ")), new RawRow(3, header));

            assertThat(errors(ImportValidation.validate(table, ORGANISATIONS, REFERENCE_DATE)).get(0).message())
                    .startsWith("в строке заголовка (строка 3) нет обязательных столбцов: «Роль»");
        }
    }

    @Test
    void anEmptyFileIsRejected() {
        List<RowError> errors = errors(ImportValidation.validate(List.of(), ORGANISATIONS, REFERENCE_DATE));
        assertThat(errors).extracting(RowError::row, RowError::message)
                .containsExactly(tuple(0, "файл пуст: нет ни строки заголовка, ни данных"));
    }

    @Test
    void aFileWithOnlyBlankRowsIsEmpty() {
        List<RowError> errors = errors(ImportValidation.validate(
                List.of(new RawRow(1, List.of("", "")), new RawRow(2, List.of("\u00a0"))), ORGANISATIONS, REFERENCE_DATE));
        assertThat(errors).extracting(RowError::message).containsExactly("файл пуст: нет ни строки заголовка, ни данных");
    }

    @Test
    void aHeaderWithoutRowsIsRejected() {
        List<RowError> errors = errors(ImportValidation.validate(List.of(headerRow()), ORGANISATIONS, REFERENCE_DATE));
        assertThat(errors).extracting(RowError::message)
                .containsExactly("в файле есть только строка заголовка, строк с участниками нет");
    }

    @ParameterizedTest
    @EnumSource(value = ImportColumn.class, names = {"SURNAME", "NAME", "CATEGORY", "BIRTH_DATE", "ORGANISATION",
            "ROLE", "CONSENT_DATE", "CONSENT_GIVER"})
    void alwaysRequiredFieldsMustBeFilled(ImportColumn column) {
        List<RowError> errors = errors(validate(employerMentor().with(column, "  ")));

        assertThat(errors).extracting(RowError::row, RowError::column, RowError::message)
                .containsExactly(tuple(2, column.header(), "обязательное поле не заполнено"));
    }

    @Test
    void theExampleMessageOfTheBriefIsProducedVerbatim() {
        List<RowError> errors = errors(validate(employerMentor(), employerMentor().with(SURNAME, "Лебедев"),
                employerMentor().with(SURNAME, "Зайцев"), pupilMentee().with(BIRTH_DATE, "31.02.2010")));

        assertThat(errors).extracting(RowError::formatted)
                .containsExactly("Строка 5, столбец «Дата рождения»: дата «31.02.2010» не существует");
        assertThat(errors.get(0).value()).isEqualTo("31.02.2010");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2010/02/28 | «2010/02/28» не дата в формате ДД.ММ.ГГГГ",
        "28 февраля 2010 | «28 февраля 2010» не дата в формате ДД.ММ.ГГГГ",
        "28.02.10 | в дате «28.02.10» год нужно указать четырьмя цифрами (ДД.ММ.ГГГГ)",
        "29.02.2011 | дата «29.02.2011» не существует",
        "2011-13-01 | дата «2011-13-01» не существует",
    })
    void badDatesAreExplained(String value, String message) {
        assertThat(errors(validate(pupilMentee().with(BIRTH_DATE, value))))
                .extracting(RowError::column, RowError::value, RowError::message)
                .containsExactly(tuple("Дата рождения", value, message));
    }

    @Test
    void datesToleratePaddingTimeAndYearMark() {
        List<ParticipantRow> rows = rows(validate(
                pupilMentee().with(BIRTH_DATE, "1.9.2012"),
                employerMentor().with(BIRTH_DATE, "20.07.1980 0:00:00"),
                studentMentor().with(BIRTH_DATE, "30.11.2006 г.")));
        assertThat(rows).extracting(ParticipantRow::birthDate).containsExactly(
                LocalDate.of(2012, 9, 1), LocalDate.of(1980, 7, 20), LocalDate.of(2006, 11, 30));
    }

    @Test
    void unknownOrganisationIsNamed() {
        assertThat(errors(validate(pupilMentee().with(ORGANISATION, "СОШ №9"))))
                .extracting(RowError::formatted)
                .containsExactly("Строка 2, столбец «Организация»: организация «СОШ №9» не зарегистрирована в муниципалитете");
    }

    @Test
    void organisationNameIsMatchedTolerantly() {
        assertThat(rows(validate(pupilMentee().with(ORGANISATION, " мбоу  сош № 1 "))).get(0).organisation())
                .isEqualTo(SCHOOL_1);
    }

    @Test
    void aRepeatedPersonPointsToTheFirstRow() {
        var first = pupilMentee();
        var same = pupilMentee().with(SURNAME, "ПЕТРОВ ").with(NAME, "Семен").with(ORGANISATION, "мбоу сош №1");
        var otherSchool = pupilMentee().with(ORGANISATION, "МБОУ «Гимназия №2»");

        List<RowError> errors = errors(validate(employerMentor(), first, otherSchool, same));

        assertThat(errors).extracting(RowError::row, RowError::column).containsExactly(tuple(5, null));
        assertThat(errors.get(0).message()).startsWith("повторяет строку 3: совпадают организация, фамилия, имя, отчество и дата рождения");
    }

    @Nested
    class Ages {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "02.09.2019 | на 01.09.2025 возраст обучающегося — 5, а допустимо от 6 до 20 лет",
            "31.08.2004 | на 01.09.2025 возраст обучающегося — 21, а допустимо от 6 до 20 лет",
        })
        void pupilMustBe6To20(String birth, String message) {
            Row pupil = pupilMentee().with(BIRTH_DATE, birth).with(CONSENT_DATE, "01.09.2025");
            assertThat(errors(validate(pupil))).extracting(RowError::column, RowError::message)
                    .containsExactly(tuple("Дата рождения", message));
        }

        @Test
        void pupilBoundariesAreInclusive() {
            assertThat(rows(validate(
                    pupilMentee().with(BIRTH_DATE, "01.09.2019").with(CONSENT_DATE, "01.09.2025"),
                    pupilMentee().with(BIRTH_DATE, "02.09.2004").with(CONSENT_DATE, "01.09.2025")
                            .with(CONSENT_GIVER, "сам").without(LEGAL_REPRESENTATIVE)))).hasSize(2);
        }

        @Test
        void teacherMustBeAdult() {
            Row teacher = teacherMentorAndMentee().with(BIRTH_DATE, "02.09.2007").with(PEDAGOGICAL_START, "01.06.2025")
                    .with(CONSENT_DATE, "01.06.2025");
            assertThat(errors(validate(teacher))).extracting(RowError::column, RowError::message)
                    .containsExactly(tuple("Дата рождения", "на 01.09.2025 возраст педагога — 17, а должно быть не меньше 18 лет"));
        }

        @Test
        void pedagogicalActivityCannotStartBefore16() {
            Row teacher = teacherMentorAndMentee().with(PEDAGOGICAL_START, "01.09.2013");
            assertThat(errors(validate(teacher))).extracting(RowError::column, RowError::value, RowError::message)
                    .containsExactly(tuple("Дата начала педагогической деятельности", "01.09.2013",
                            "педагогическая деятельность не может начаться раньше 16 лет, а по этой дате участнику было 15"));
        }

        @Test
        void pedagogicalStartCannotBeInTheFuture() {
            assertThat(errors(validate(teacherMentorAndMentee().with(PEDAGOGICAL_START, "02.09.2025"))))
                    .extracting(RowError::message)
                    .containsExactly("дата начала педагогической деятельности «02.09.2025» позже даты загрузки 01.09.2025");
        }

        @Test
        void employerRepresentativeAndStudentHaveMinimumAges() {
            List<RowError> errors = errors(validate(
                    employerMentor().with(BIRTH_DATE, "01.01.2010"),
                    studentMentor().with(BIRTH_DATE, "01.01.2012").with(CONSENT_DATE, "10.01.2025")
                            .with(CONSENT_GIVER, "законный представитель").with(LEGAL_REPRESENTATIVE, "Сидорова Анна")));
            assertThat(errors).extracting(RowError::row, RowError::message).containsExactly(
                    tuple(2, "на 01.09.2025 возраст представителя работодателя — 15, а должно быть не меньше 18 лет"),
                    tuple(3, "на 01.09.2025 возраст студента — 13, а должно быть не меньше 14 лет"));
        }

        @Test
        void birthDateInTheFutureOrCenturiesAgo() {
            List<RowError> errors = errors(validate(
                    employerMentor().with(BIRTH_DATE, "02.09.2025"),
                    employerMentor().with(SURNAME, "Лебедев").with(BIRTH_DATE, "20.07.1880")));
            assertThat(errors).extracting(RowError::row, RowError::message).containsExactly(
                    tuple(2, "дата рождения «02.09.2025» позже даты загрузки 01.09.2025"),
                    tuple(3, "возраст 145 лет невозможен — проверьте год рождения"));
        }
    }

    @Nested
    class Categories {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "12 | класс 12 вне диапазона 1–11",
            "0 | класс 0 вне диапазона 1–11",
            "седьмой | класс «седьмой» не распознан: ожидается номер 1–11, можно с литерой, например 7Б",
            "7БВ | класс «7БВ» не распознан: ожидается номер 1–11, можно с литерой, например 7Б",
        })
        void gradeMustBe1To11(String grade, String message) {
            assertThat(errors(validate(pupilMentee().with(SCHOOL_CLASS, grade))))
                    .extracting(RowError::column, RowError::message).containsExactly(tuple("Класс", message));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"7.0|7|''", "7|7|''", "7б|7|Б", "7 «Б»|7|Б", "10-А|10|А", "11 класс|11|''", "1 a|1|A"})
        void gradeSpellings(String cell, int grade, String letter) {
            assertThat(rows(validate(pupilMentee().with(SCHOOL_CLASS, cell))).get(0).schoolClass())
                    .isEqualTo(new SchoolClass(grade, letter));
        }

        @Test
        void pupilNeedsAGradeTeacherAStartDateEmployerACompany() {
            List<RowError> errors = errors(validate(
                    pupilMentee().without(SCHOOL_CLASS),
                    teacherMentorAndMentee().without(PEDAGOGICAL_START),
                    employerMentor().without(COMPANY)));
            assertThat(errors).extracting(RowError::row, RowError::column, RowError::message).containsExactly(
                    tuple(2, "Класс", "не заполнено: обязательно для обучающихся"),
                    tuple(3, "Дата начала педагогической деятельности", "не заполнено: обязательно для педагогов"),
                    tuple(4, "Компания", "не заполнено: обязательно для представителей работодателя"));
        }

        @Test
        void fieldsOfOtherCategoriesMustStayEmpty() {
            List<RowError> errors = errors(validate(
                    teacherMentorAndMentee().with(SCHOOL_CLASS, "7Б"),
                    pupilMentee().with(COMPANY, "ООО Ромашка"),
                    studentMentor().with(PEDAGOGICAL_START, "01.09.2024")));
            assertThat(errors).extracting(RowError::row, RowError::column, RowError::message).containsExactly(
                    tuple(2, "Класс", "заполняется только для обучающихся, а здесь категория «педагог» — очистите ячейку или исправьте категорию"),
                    tuple(3, "Компания", "заполняется только для представителей работодателя, а здесь категория «обучающийся» — очистите ячейку или исправьте категорию"),
                    tuple(4, "Дата начала педагогической деятельности", "заполняется только для педагогов, а здесь категория «студент» — очистите ячейку или исправьте категорию"));
        }

        @Test
        void unknownCategoryAndRoleListTheAllowedValues() {
            List<RowError> errors = errors(validate(pupilMentee().with(CATEGORY, "родитель").with(ROLE, "куратор")));
            assertThat(errors).extracting(RowError::column, RowError::message).containsExactly(
                    tuple("Категория", "неизвестная категория «родитель»: допустимы «обучающийся», «студент», «педагог», «представитель работодателя»"),
                    tuple("Роль", "неизвестная роль «куратор»: допустимы «наставник», «наставляемый», «наставник и наставляемый»"));
        }

        @Test
        void categoryAndRoleSynonymsAndCase() {
            List<ParticipantRow> rows = rows(validate(
                    pupilMentee().with(CATEGORY, "Ученик").with(ROLE, "НАСТАВЛЯЕМАЯ"),
                    teacherMentorAndMentee().with(CATEGORY, " Учитель ").with(ROLE, "наставник/наставляемый")));
            assertThat(rows).extracting(ParticipantRow::category, ParticipantRow::role).containsExactly(
                    tuple(ParticipantCategory.PUPIL, ParticipantRole.MENTEE),
                    tuple(ParticipantCategory.TEACHER, ParticipantRole.MENTOR_AND_MENTEE));
        }

        @Test
        void employerRepresentativeIsOnlyAMentor() {
            assertThat(errors(validate(employerMentor().with(ROLE, "наставник и наставляемый")
                    .with(MENTEE_REQUESTS, "что-нибудь"))))
                    .extracting(RowError::column, RowError::message)
                    .containsExactly(tuple("Роль", "представитель работодателя может быть только наставником"));
        }
    }

    @Nested
    class Roles {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "0 | значение 0 вне диапазона 1–10",
            "11 | значение 11 вне диапазона 1–10",
            "два | «два» не число: ожидается целое число от 1 до 10",
            "2.5 | «2.5» не число: ожидается целое число от 1 до 10",
        })
        void capacityMustBe1To10(String capacity, String message) {
            assertThat(errors(validate(employerMentor().with(MENTOR_CAPACITY, capacity))))
                    .extracting(RowError::column, RowError::message)
                    .containsExactly(tuple("Сколько наставляемых может вести", message));
        }

        @Test
        void capacityAsExcelNumber() {
            assertThat(rows(validate(employerMentor().with(MENTOR_CAPACITY, "10.0"))).get(0).mentorCapacity()).isEqualTo(10);
        }

        @Test
        void mentorNeedsCompetenciesAndCapacityMenteeNeedsRequests() {
            List<RowError> errors = errors(validate(
                    employerMentor().without(MENTOR_COMPETENCIES).without(MENTOR_CAPACITY),
                    pupilMentee().with(MENTEE_REQUESTS, " ; , ")));
            assertThat(errors).extracting(RowError::row, RowError::column, RowError::message).containsExactly(
                    tuple(2, "Компетенции наставника", "не заполнено: обязательно для наставников"),
                    tuple(2, "Сколько наставляемых может вести", "не заполнено: обязательно для наставников"),
                    tuple(3, "Запросы наставляемого", "не указано ни одного запроса"));
        }

        @Test
        void fieldsOfTheOtherRoleMustStayEmpty() {
            List<RowError> errors = errors(validate(
                    pupilMentee().with(MENTOR_CAPACITY, "2").with(MENTOR_TRAINING, "01.01.2025"),
                    employerMentor().with(MENTEE_REQUESTS, "профориентация")));
            assertThat(errors).extracting(RowError::row, RowError::column).containsExactly(
                    tuple(2, "Сколько наставляемых может вести"),
                    tuple(2, "Обучение наставника пройдено"),
                    tuple(3, "Запросы наставляемого"));
            assertThat(errors.get(0).message()).isEqualTo("заполняется только для наставников, а здесь роль «наставляемый» — очистите ячейку или исправьте роль");
        }

        @Test
        void mentorTrainingDateIsOptionalButChecked() {
            assertThat(rows(validate(employerMentor())).get(0).mentorTrainingDate()).isNull();
            assertThat(errors(validate(studentMentor().with(MENTOR_TRAINING, "да"))))
                    .extracting(RowError::column, RowError::message)
                    .containsExactly(tuple("Обучение наставника пройдено", "«да» не дата в формате ДД.ММ.ГГГГ"));
            assertThat(errors(validate(studentMentor().with(MENTOR_TRAINING, "01.10.2025"))))
                    .extracting(RowError::message)
                    .containsExactly("дата обучения «01.10.2025» позже даты загрузки 01.09.2025");
        }

        @Test
        void competenciesAreSplitTrimmedAndDeduplicated() {
            assertThat(rows(validate(employerMentor().with(MENTOR_COMPETENCIES, "Физика;  химия,физика ;\nбиология")))
                    .get(0).mentorCompetencies()).containsExactly("Физика", "химия", "биология");
        }
    }

    @Nested
    class Consent {

        @Test
        void aChildUnder14CannotConsentAlone() {
            List<RowError> errors = errors(validate(pupilMentee().with(CONSENT_GIVER, "сам").without(LEGAL_REPRESENTATIVE)));
            assertThat(errors).extracting(RowError::column, RowError::value, RowError::message).containsExactly(
                    tuple("Согласие дал", "сам", "на дату согласия участнику было 12 — до 14 лет согласие на обработку "
                            + "персональных данных даёт только законный представитель"));
        }

        @Test
        void ageCountsOnTheDateOfConsent() {
            Row fourteenAtConsent = pupilMentee().with(BIRTH_DATE, "12.05.2010").with(CONSENT_DATE, "12.05.2024")
                    .with(CONSENT_GIVER, "сама").without(LEGAL_REPRESENTATIVE);
            Row thirteenAtConsent = pupilMentee().with(SURNAME, "Иванов").with(BIRTH_DATE, "12.05.2010")
                    .with(CONSENT_DATE, "11.05.2024").with(CONSENT_GIVER, "сам").without(LEGAL_REPRESENTATIVE);
            assertThat(errors(validate(fourteenAtConsent, thirteenAtConsent))).extracting(RowError::row).containsExactly(3);
        }

        @Test
        void aRepresentativesConsentNeedsTheirName() {
            assertThat(errors(validate(pupilMentee().without(LEGAL_REPRESENTATIVE))))
                    .extracting(RowError::column, RowError::message)
                    .containsExactly(tuple("ФИО законного представителя",
                            "не заполнено: обязательно когда согласие дал законный представитель"));
        }

        @Test
        void aSelfConsentWithARepresentativeNameIsContradictory() {
            assertThat(errors(validate(teacherMentorAndMentee().with(LEGAL_REPRESENTATIVE, "Кузнецов В. П."))))
                    .extracting(RowError::column).containsExactly("ФИО законного представителя");
        }

        @Test
        void consentDateIsCheckedAgainstBirthAndToday() {
            List<RowError> errors = errors(validate(
                    pupilMentee().with(CONSENT_DATE, "01.01.2012"),
                    employerMentor().with(CONSENT_DATE, "05.09.2025"),
                    studentMentor().with(CONSENT_GIVER, "никто")));
            assertThat(errors).extracting(RowError::row, RowError::message).containsExactly(
                    tuple(2, "согласие не может быть дано раньше даты рождения"),
                    tuple(3, "дата согласия «05.09.2025» позже даты загрузки 01.09.2025"),
                    tuple(4, "неизвестное значение «никто»: допустимы «сам», «законный представитель»"));
        }
    }

    @Test
    void contactsAndNamesAreValidated() {
        List<RowError> errors = errors(validate(employerMentor()
                .with(EMAIL, "morozov@mail").with(PHONE, "12-34").with(NAME, "Илья2")));
        assertThat(errors).extracting(RowError::column, RowError::message).containsExactly(
                tuple("Имя", "«Илья2» содержит недопустимый символ «2»: допускаются буквы, пробел, дефис, апостроф и точка"),
                tuple("E-mail", "адрес электронной почты «morozov@mail» не распознан: ожидается один адрес вида ivanova@example.ru"),
                tuple("Телефон", "телефон «12-34» не распознан: ожидается один российский номер, например +7 912 345-67-89"));
    }

    @ParameterizedTest
    @CsvSource({"+7 (900) 111-22-33", "89001112233", "9001112233", "7 900 111 22 33", "8-900-111-22-33"})
    void phoneSpellings(String phone) {
        assertThat(rows(validate(employerMentor().with(PHONE, phone))).get(0).phone()).isEqualTo("+79001112233");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"+8 900 111 22 33", "+7 900 111 22 3", "8900111223344", "89001112233, 89001112234"})
    void wrongPhones(String phone) {
        assertThat(errors(validate(employerMentor().with(PHONE, phone)))).extracting(RowError::column).containsExactly("Телефон");
    }

    @Test
    void theTemplatesSampleRowIsRecognised() {
        Row sample = new Row();
        for (ImportColumn c : ImportColumn.values()) {
            sample.with(c, c.example());
        }
        List<RowError> errors = errors(validate(sample));
        assertThat(errors).extracting(RowError::row, RowError::column, RowError::message).containsExactly(
                tuple(2, null, "это строка-образец из шаблона — удалите её или замените своими данными"));
    }

    @Test
    void everyErrorOfEveryRowIsReportedInFileOrderWithRowNumbersAsGiven() {
        List<RawRow> table = List.of(
                headerRow(),
                pupilMentee().with(SCHOOL_CLASS, "13").at(2),
                employerMentor().at(3),
                teacherMentorAndMentee().with(MENTOR_CAPACITY, "0").with(EMAIL, "x").at(7),
                studentMentor().with(ORGANISATION, "Нет такой").at(12));

        List<RowError> errors = errors(ImportValidation.validate(table, ORGANISATIONS, REFERENCE_DATE));

        assertThat(errors).extracting(RowError::row, RowError::column).containsExactly(
                tuple(2, "Класс"),
                tuple(7, "Сколько наставляемых может вести"),
                tuple(7, "E-mail"),
                tuple(12, "Организация"));
    }

    @Test
    void theListIsCappedButEveryErrorIsCounted() {
        ImportValidation validation = new ImportValidation(ORGANISATIONS, REFERENCE_DATE);
        validation.accept(headerRow());
        for (int i = 0; i < 1500; i++) {
            validation.accept(pupilMentee().with(SURNAME, "Ученик" + letters(i))
                    .with(SCHOOL_CLASS, "12").at(i + 2));
        }
        ImportReport report = ((ImportResult.Rejected) validation.finish()).report();

        assertThat(report.errors()).hasSize(ImportValidation.DEFAULT_MAX_REPORTED_ERRORS);
        assertThat(report.totalErrors()).isEqualTo(1500);
        assertThat(report.omittedErrors()).isEqualTo(500);
        assertThat(report.errors()).extracting(RowError::row).startsWith(2, 3).endsWith(1001);
        assertThat(report.summary())
                .isEqualTo("Файл не загружен: найдено ошибок — 1500 (показаны первые 1000, ещё 500 не показаны).");
    }

    @Test
    void aCustomCapApplies() {
        ImportValidation validation = new ImportValidation(ORGANISATIONS, REFERENCE_DATE, 2);
        validation.accept(headerRow());
        validation.accept(pupilMentee().with(SCHOOL_CLASS, "").with(BIRTH_DATE, "x").with(ROLE, "y").at(2));
        ImportReport report = ((ImportResult.Rejected) validation.finish()).report();
        assertThat(report.errors()).hasSize(2);
        assertThat(report.totalErrors()).isEqualTo(3);
    }

    @Test
    void aFileProblemReportedByAReaderRejectsTheFileAndStopsRowChecks() {
        ImportValidation validation = new ImportValidation(ORGANISATIONS, REFERENCE_DATE);
        validation.accept(headerRow());
        validation.accept(pupilMentee().at(2));
        validation.reportFileProblem("в строке 3 открыта кавычка");
        validation.accept(pupilMentee().with(SCHOOL_CLASS, "99").at(3));

        assertThat(errors(validation.finish())).extracting(RowError::formatted)
                .containsExactly("Файл: в строке 3 открыта кавычка");
    }
}
