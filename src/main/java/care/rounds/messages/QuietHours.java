package care.rounds.messages;

import care.rounds.base.ClinicTime;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Nobody's phone buzzes at night: from quiet-from to quiet-until in the clinic's zone, messages wait. */
@Component
class QuietHours {

    private final MessageSettings settings;
    private final ClinicTime time;

    QuietHours(MessageSettings settings, ClinicTime time) {
        this.settings = settings;
        this.time = time;
    }

    /** When quiet hours end, if {@code at} falls within them. */
    Optional<Instant> holdUntil(Instant at) {
        ZonedDateTime local = at.atZone(time.zone());
        LocalTime clock = local.toLocalTime();
        LocalTime from = settings.quietFrom();
        LocalTime until = settings.quietUntil();
        if (from.equals(until)) {
            return Optional.empty();
        }
        boolean overnight = from.isAfter(until);
        boolean quiet = overnight ? !clock.isBefore(from) || clock.isBefore(until)
                : !clock.isBefore(from) && clock.isBefore(until);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime end = local.toLocalDate().atTime(until).atZone(time.zone());
        if (!end.isAfter(local)) {
            end = local.toLocalDate().plusDays(1).atTime(until).atZone(time.zone());
        }
        return Optional.of(end.toInstant());
    }
}
