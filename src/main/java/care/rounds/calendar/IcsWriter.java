package care.rounds.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Writes feed events as an RFC 5545 calendar with ical4j. Times are in UTC, so no time zone
 * definitions are needed and every phone shows them in its own zone. The UID is the visit's, so a
 * moved visit updates the same event; SEQUENCE follows the visit's version. No METHOD: a subscribed feed
 * is a plain calendar, not an iTIP message; METHOD:PUBLISH would require an ORGANIZER on every event
 * (RFC 5546), and ical4j warned about its absence on every fetch.
 */
final class IcsWriter {

    static final String CALENDAR_NAME = "Rounds visits";
    private static final String HINT = "Phone numbers, access notes and kits to bring: My day in Rounds.";

    private IcsWriter() {
    }

    static String write(List<FeedEvent> events, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Rounds//Clinician visits feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", CALENDAR_NAME));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (FeedEvent event : events) {
            calendar.add(toVEvent(event, now));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent toVEvent(FeedEvent event, Instant now) {
        VEvent vevent = new VEvent(event.start(), event.end(), event.summary());
        vevent.add(new Uid("visit-" + event.visitId() + "@rounds"));
        vevent.replace(new DtStamp(now));
        vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.sequence())));
        vevent.add(new Location(event.location()));
        vevent.add(new Description(HINT));
        vevent.add(new Clazz(Clazz.VALUE_PRIVATE));
        vevent.add(new Status(event.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return vevent;
    }
}
