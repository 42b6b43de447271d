package ru.nastavnik.roadmap.domain.progress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A published page that proves an occurrence done (a news item, a section of a school's website).
 *
 * @param url absolute {@code http} or {@code https} address
 * @param title what the page is
 */
public record LinkEvidence(String url, String title) implements Evidence {

    public LinkEvidence {
        url = Required.text(url, "Не указана ссылка");
        title = Required.text(title, "Не указано описание ссылки");
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("Ссылка «" + url + "» должна быть полным адресом http:// или https://");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Ссылка «" + url + "» не является корректным адресом", e);
        }
    }

    @Override
    public String summary() {
        return "«" + title + "» — " + url;
    }
}
