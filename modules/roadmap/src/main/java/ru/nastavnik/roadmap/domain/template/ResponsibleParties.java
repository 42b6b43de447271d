package ru.nastavnik.roadmap.domain.template;

import java.util.regex.Pattern;

/**
 * Reads the «Ответственные»/«Исполнители» column of a roadmap.
 *
 * <p><b>Rule for per-school tracking.</b> An item is tracked per school when its responsible parties include
 * the educational organisations themselves, i.e. the text contains
 * <ul>
 *   <li>the abbreviation {@code ОУ} or {@code ОО} as a word of its own (upper case, not part of a longer
 *       abbreviation such as {@code ОМиМССО}) — {@code ОУ}, {@code УО, ОУ}, {@code ДИРО, ОУ},
 *       {@code кураторы … (ОУ)}, {@code руководители ОО}; or</li>
 *   <li>«образовательн… организаци…» or «образовательн… учреждени…» in any case and number —
 *       {@code Образовательные организации}, {@code Отдел образования …, образовательные организации}; or</li>
 *   <li>a word starting with «школ» — {@code школы}.</li>
 * </ul>
 * A department alone ({@code ОМиМССО}, {@code УО}, {@code УНО г. Мичуринска …}, {@code Отдел образования
 * администрации района}) or an outside body ({@code ДИРО}) is not. The result is only the default for
 * {@link TemplateItem#trackedPerSchool()}, which is stored and may be overridden.
 */
public final class ResponsibleParties {

    private static final Pattern SCHOOL_ABBREVIATION = Pattern.compile("(?<![\\p{L}\\d])(?:ОУ|ОО)(?![\\p{L}\\d])");
    private static final Pattern SCHOOL_WORDS = Pattern.compile(
            "образовательн\\p{L}*\\s+(?:организаци|учреждени)\\p{L}*|(?<!\\p{L})школ\\p{L}*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ResponsibleParties() {
    }

    /** Whether the responsible parties include the schools (see the rule above); {@code false} for empty text. */
    public static boolean includesSchools(String responsible) {
        if (responsible == null || responsible.isBlank()) {
            return false;
        }
        return SCHOOL_ABBREVIATION.matcher(responsible).find() || SCHOOL_WORDS.matcher(responsible).find();
    }
}
