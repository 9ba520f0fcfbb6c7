package care.rounds.calendar.web;

import care.rounds.calendar.CalendarFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{secret}.ics}, without login: the phone's calendar app cannot sign in. Unknown
 * and revoked secrets get a bare 404; a failure gets a bare 500. Neither the secret nor anything of
 * the feed is logged, and no stack trace reaches the caller.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final Logger LOG = LoggerFactory.getLogger(CalendarFeedController.class);

    private final CalendarFeed feed;

    CalendarFeedController(CalendarFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        try {
            return feed.icsFor(secret)
                    .map(ics -> ResponseEntity.ok()
                            .contentType(TEXT_CALENDAR)
                            // patient names and addresses: no shared cache may keep a copy
                            .cacheControl(CacheControl.noStore().cachePrivate())
                            .header("X-Robots-Tag", "noindex")
                            .header("Referrer-Policy", "no-referrer")
                            .body(ics))
                    .orElseGet(() -> ResponseEntity.notFound().build());
        } catch (RuntimeException e) {
            // the exception's class only: its message or trace could carry visit details
            LOG.error("Calendar feed failed: {}", e.getClass().getName());
            return ResponseEntity.internalServerError().build();
        }
    }
}
