package ru.nastavnik.roadmap.domain.template;

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

    @Override
    public String toString() {
        return key;
    }
}
