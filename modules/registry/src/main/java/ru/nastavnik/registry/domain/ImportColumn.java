package ru.nastavnik.registry.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the participant import template, in template order. The Russian header is what the template
 * and exports write; {@link #match(String)} also accepts the listed synonyms, any case, «ё»/«е», surrounding
 * spaces, a trailing «*» and a trailing remark in parentheses («Класс (для обучающихся)»).
 *
 * <p>{@link #requiredInHeader()} columns must be present in every file; the others may be left out of a file
 * (then they are empty in every row, which is only an error where a row needs them).
 */
public enum ImportColumn {
    SURNAME("Фамилия", true, 18, "всегда",
            "Фамилия участника.", "Образцова",
            "фамилия участника"),
    NAME("Имя", true, 14, "всегда",
            "Имя участника.", "Анна",
            "имя участника"),
    PATRONYMIC("Отчество", false, 18, "при наличии",
            "Отчество участника; оставьте пустым, если отчества нет.", "Сергеевна",
            "отчество (при наличии)", "отчество участника"),
    CATEGORY("Категория", true, 26, "всегда",
            "Одно из значений: обучающийся, студент, педагог, представитель работодателя.", "педагог",
            "категория участника", "категория наставничества"),
    BIRTH_DATE("Дата рождения", true, 14, "всегда",
            "ДД.ММ.ГГГГ. Возраст на дату загрузки: обучающемуся 6–20 лет, студенту не моложе 14, педагогу и "
                    + "представителю работодателя не моложе 18 лет.", "14.03.1990",
            "дата рождения участника", "д.р.", "др"),
    SCHOOL_CLASS("Класс", false, 8, "обучающимся",
            "Номер класса 1–11, можно с литерой: 7, 7Б, 10 А. Только для обучающихся; остальным оставьте пустым.", "",
            "класс (литера)", "класс обучения"),
    ORGANISATION("Организация", true, 24, "всегда",
            "Краткое наименование образовательной организации в точности, как она зарегистрирована в муниципалитете.",
            "МБОУ СОШ №1",
            "образовательная организация", "оо", "школа", "наименование оо", "краткое наименование оо"),
    PEDAGOGICAL_START("Дата начала педагогической деятельности", false, 18, "педагогам",
            "ДД.ММ.ГГГГ. Только для педагогов: по ней и дате рождения система сама определяет «молодого "
                    + "специалиста» (моложе 35 лет и стаж меньше 3 лет). Не раньше 16-летия.", "01.09.2012",
            "начало педагогической деятельности", "дата начала педагогического стажа", "педагогический стаж с",
            "дата начала работы педагогом"),
    COMPANY("Компания", false, 22, "представителям работодателя",
            "Наименование предприятия или организации-работодателя. Только для представителей работодателя.", "",
            "предприятие", "работодатель", "организация-работодатель", "место работы"),
    ROLE("Роль", true, 24, "всегда",
            "Одно из значений: наставник, наставляемый, наставник и наставляемый. Представитель работодателя "
                    + "может быть только наставником.", "наставник",
            "роль в программе", "роль участника", "роль в наставничестве"),
    MENTOR_COMPETENCIES("Компетенции наставника", false, 30, "наставникам",
            "Компетенции через запятую или точку с запятой внутри ячейки. Только для наставников.",
            "математика; подготовка к ОГЭ",
            "компетенции", "компетенции (для наставника)"),
    MENTOR_CAPACITY("Сколько наставляемых может вести", false, 14, "наставникам",
            "Целое число от 1 до 10. Только для наставников.", "2",
            "количество наставляемых", "максимум наставляемых", "число наставляемых", "емкость наставника"),
    MENTOR_TRAINING("Обучение наставника пройдено", false, 16, "нет",
            "Дата прохождения обучения наставников, ДД.ММ.ГГГГ; пусто, если обучение не пройдено. "
                    + "Только для наставников.", "15.10.2024",
            "дата обучения наставника", "обучение наставников пройдено", "обучение пройдено",
            "дата прохождения обучения"),
    MENTEE_REQUESTS("Запросы наставляемого", false, 30, "наставляемым",
            "Запросы или затруднения через запятую или точку с запятой внутри ячейки. Только для наставляемых.", "",
            "запросы", "запросы/затруднения", "затруднения наставляемого", "запросы (для наставляемого)"),
    CONSENT_DATE("Согласие на обработку ПДн: дата", true, 16, "всегда",
            "Дата подписания согласия на обработку персональных данных, ДД.ММ.ГГГГ. Не позже даты загрузки.",
            "02.09.2024",
            "согласие на обработку пдн", "дата согласия на обработку пдн", "дата согласия",
            "согласие на обработку персональных данных: дата", "дата согласия на обработку персональных данных"),
    CONSENT_GIVER("Согласие дал", true, 22, "всегда",
            "Одно из значений: сам, законный представитель. За участника младше 14 лет (на дату согласия) "
                    + "согласие даёт только законный представитель.", "сам",
            "кто дал согласие", "согласие подписал"),
    LEGAL_REPRESENTATIVE("ФИО законного представителя", false, 30, "если согласие дал законный представитель",
            "Фамилия, имя, отчество родителя (законного представителя), подписавшего согласие.", "",
            "законный представитель", "фио представителя", "фио родителя (законного представителя)", "фио родителя"),
    EMAIL("E-mail", false, 26, "нет",
            "Один адрес электронной почты, например ivanova@example.ru.", "obrazcova@example.ru",
            "email", "е-mail", "эл. почта", "эл.почта", "электронная почта", "адрес электронной почты", "почта"),
    PHONE("Телефон", false, 18, "нет",
            "Российский номер: +7 912 345-67-89 или 8 (912) 345-67-89.", "+7 912 345-67-89",
            "тел.", "телефон (мобильный)", "мобильный телефон", "номер телефона", "контактный телефон");

    private static final Map<String, ImportColumn> BY_NAME = new HashMap<>();

    static {
        for (ImportColumn c : values()) {
            BY_NAME.put(TextNormalization.fold(c.header), c);
            for (String s : c.synonyms) {
                BY_NAME.put(TextNormalization.fold(s), c);
            }
        }
    }

    private final String header;
    private final boolean requiredInHeader;
    private final int width;
    private final String requiredFor;
    private final String description;
    private final String example;
    private final List<String> synonyms;

    ImportColumn(String header, boolean requiredInHeader, int width, String requiredFor, String description,
                 String example, String... synonyms) {
        this.header = header;
        this.requiredInHeader = requiredInHeader;
        this.width = width;
        this.requiredFor = requiredFor;
        this.description = description;
        this.example = example;
        this.synonyms = List.of(synonyms);
    }

    /** The header as written in the template. */
    public String header() {
        return header;
    }

    /** Whether a file without this column is rejected as a whole. */
    public boolean requiredInHeader() {
        return requiredInHeader;
    }

    /** Suggested column width in characters. */
    public int width() {
        return width;
    }

    /** Who must fill the column, in Russian («всегда», «педагогам», «нет» …), for the instruction sheet. */
    public String requiredFor() {
        return requiredFor;
    }

    /** What to write, in Russian, for the instruction sheet. */
    public String description() {
        return description;
    }

    /** The value of the template's sample row ("" when the sample participant has none). */
    public String example() {
        return example;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    /** Which column a header cell names. */
    public static Optional<ImportColumn> match(String headerCell) {
        String folded = TextNormalization.fold(headerCell);
        while (folded.endsWith("*")) {
            folded = folded.substring(0, folded.length() - 1).trim();
        }
        ImportColumn exact = BY_NAME.get(folded);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (folded.endsWith(")") && folded.indexOf('(') > 0) {
            return Optional.ofNullable(BY_NAME.get(folded.substring(0, folded.lastIndexOf('(')).trim()));
        }
        return Optional.empty();
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(ImportColumn::header).toList();
    }
}
