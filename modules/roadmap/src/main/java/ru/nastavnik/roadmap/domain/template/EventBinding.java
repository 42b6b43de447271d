package ru.nastavnik.roadmap.domain.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Key of another module's event that completes a roadmap item by itself, written {@code module.event-name}.
 *
 * <p>The roadmap only stores the key; the modules that publish the events define what they carry. The keys
 * used by the shipped templates are the constants below.
 *
 * @param key {@code module.event-name}, lower-case latin letters, digits and hyphens
 */
public record EventBinding(String key) {

    // declared before the constants below, which are validated against it
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** The registry imported the base/register of mentees or mentors («формирование базы наставляемых»). */
    public static final EventBinding PARTICIPANTS_IMPORTED = new EventBinding("registry.participants-imported");
    /** Pairing fixed the mentorship pairs by an order («приказ о закреплении наставнических пар»). */
    public static final EventBinding PAIRS_FIXED = new EventBinding("pairing.pairs-fixed");
    /** Monitoring approved an analytical report of results («аналитическая справка/отчёт»). */
    public static final EventBinding REPORT_APPROVED = new EventBinding("monitoring.report-approved");
    /** Publication published a best-practice case («база лучших практик»). */
    public static final EventBinding CASE_PUBLISHED = new EventBinding("publication.case-published");
    /** Publication published the monitoring results («публикация результатов мониторинга»). */
    public static final EventBinding MONITORING_RESULTS_PUBLISHED =
            new EventBinding("publication.monitoring-results-published");

    /**
     * The one place where the keys people may see get their Russian words (the item's page, the template, its editor,
     * the documents): what happens in the system when an item bound to the key completes itself.
     */
    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    /** The publishing modules' Russian names, for a key not in {@link #TITLES}. */
    private static final Map<String, String> MODULES = Map.of("registry", "«Реестр»", "pairing", "«Наставнические пары»",
            "monitoring", "«Мониторинг»", "publication", "«Публикации»", "roadmap", "«Дорожная карта»");

    static {
        TITLES.put(PARTICIPANTS_IMPORTED.key, "загружен список участников в реестр");
        TITLES.put(PAIRS_FIXED.key, "издан приказ о закреплении наставнических пар");
        TITLES.put(REPORT_APPROVED.key, "утверждена аналитическая справка по итогам мониторинга");
        TITLES.put(CASE_PUBLISHED.key, "опубликована практика в базе лучших практик");
        TITLES.put(MONITORING_RESULTS_PUBLISHED.key, "опубликованы результаты мониторинга");
    }

    public EventBinding {
        Objects.requireNonNull(key, "Не указан ключ события");
        if (!KEY.matcher(key).matches()) {
            throw new TemplateValidationException("Ключ события «" + key
                    + "» должен иметь вид «модуль.имя-события» из строчных латинских букв, цифр и дефисов");
        }
    }

    /** The module that publishes the event: {@code registry} for {@code registry.participants-imported}. */
    public String module() {
        return key.substring(0, key.indexOf('.'));
    }

    /** In Russian words: what happens in the system that completes the item («издан приказ о закреплении пар»). */
    public String title() {
        String title = TITLES.get(key);
        if (title != null) {
            return title;
        }
        String module = MODULES.get(module());
        return module == null ? "событие другого раздела системы" : "событие раздела " + module;
    }

    /** The keys people can choose for an item, with their Russian words, in a stable order. */
    public static Map<String, String> known() {
        return java.util.Collections.unmodifiableMap(TITLES);
    }

    @Override
    public String toString() {
        return key;
    }
}
