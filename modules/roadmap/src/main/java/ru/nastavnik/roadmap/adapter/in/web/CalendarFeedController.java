package ru.nastavnik.roadmap.adapter.in.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.web.ConditionalGet;
import ru.nastavnik.roadmap.application.ExportService;

/**
 * The tenant's due dates as an iCalendar feed for calendar applications, without sign-in: the platform serves
 * {@code /public/{tenant}/**} anonymously in a read-only scope of that tenant; the secret token in the path is checked
 * here, and a wrong or revoked token is a plain 404.
 */
@RestController
@Tag(name = "Дорожная карта")
class CalendarFeedController {

    private final ExportService exports;

    CalendarFeedController(ExportService exports) {
        this.exports = exports;
    }

    static String path(String tenant, String token) {
        return "/public/" + tenant + "/roadmap/calendar/" + token + ".ics";
    }

    @GetMapping("/public/{tenant}/roadmap/calendar/{token}.ics")
    @Operation(summary = "Сроки мероприятий дорожной карты в формате iCalendar для приложений-календарей",
            description = "Без входа в систему: доступ даёт секретный токен в адресе (выдаёт и отзывает координатор, "
                    + "POST/DELETE /api/{tenant}/roadmap/calendar/token). Неверный или отозванный токен — 404.")
    ResponseEntity<String> feed(@PathVariable String tenant, @PathVariable String token, WebRequest request) {
        var version = exports.calendarFeedVersion(tenant, token);
        if (version.isEmpty()) {
            return notFound();
        }
        // a calendar application polling an unchanged feed gets 304 before the roadmaps are read (conditional GET)
        var validator = ConditionalGet.of(version.get().lastChange(), version.get().dependsOn().toArray());
        var notModified = validator.<String>notModified(request, CACHING);
        if (notModified.isPresent()) {
            return notModified.get();
        }
        return exports.calendarFeed(tenant, token)
                .map(ics -> validator.ok(CACHING)
                        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                        .body(ics))
                .orElseGet(CalendarFeedController::notFound);
    }

    /** Calendar applications may keep it a quarter of an hour; it is the tenant's, so no shared cache. */
    private static final CacheControl CACHING = CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePrivate();

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Календарь не найден");
    }
}
