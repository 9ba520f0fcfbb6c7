package care.rounds.planning;

import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentProtocol;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which days an infusion of a series may fall on, and why the others may not: the days the patient can do,
 * within the hours they can do, no earlier than the series' first day, and at least the protocol's minimum and
 * at most its maximum hours after the infusion before it (as chosen, not as first offered).
 */
final class SeriesSpacing {

    /** A day the infusion may start on, within these starts; or a day it may not, and the rule that says so. */
    record DayVerdict(LocalDate day, Instant opens, Instant closes, String limit) {
        boolean allowed() {
            return limit == null;
        }
    }

    private final TreatmentPlan plan;
    private final int sequence;
    private final Duration length;
    private final Instant previousStart;
    private final ZoneId zone;
    private final Function<Instant, String> dateTime;

    /**
     * @param previousStart the start chosen for the infusion before this one, or null for the first infusion
     * @param dateTime      how the clinic writes a date and time
     */
    SeriesSpacing(TreatmentPlan plan, int sequence, Duration length, Instant previousStart, ZoneId zone,
                  Function<Instant, String> dateTime) {
        this.plan = plan;
        this.sequence = sequence;
        this.length = length;
        this.previousStart = previousStart;
        this.zone = zone;
        this.dateTime = dateTime;
    }

    /** Whether the infusion may start on this day, and between which starts. */
    DayVerdict on(LocalDate day) {
        if (!plan.getAvailableDays().contains(day.getDayOfWeek())) {
            return refused(day, "the patient cannot do " + plural(day.getDayOfWeek()));
        }
        if (previousStart == null && day.isBefore(plan.getStartDate())) {
            return refused(day, "the series starts on or after " + plan.getStartDate());
        }
        Instant opens = day.atTime(plan.getAvailableFrom()).atZone(zone).toInstant();
        Instant closes = day.atTime(plan.getAvailableUntil()).atZone(zone).toInstant().minus(length);
        if (closes.isBefore(opens)) {
            return refused(day, "the visit does not fit in the hours the patient can do");
        }
        if (previousStart != null) {
            TreatmentProtocol protocol = plan.getProtocol();
            Instant soonest = previousStart.plus(Duration.ofHours(protocol.getMinHoursBetween()));
            Instant latest = previousStart.plus(Duration.ofHours(protocol.getMaxHoursBetween()));
            if (soonest.isAfter(closes)) {
                return refused(day, minimumRule());
            }
            if (latest.isBefore(opens)) {
                return refused(day, "the protocol wants at most " + hours(protocol.getMaxHoursBetween())
                        + " after infusion " + (sequence - 1) + " (" + dateTime.apply(previousStart) + ")");
            }
            opens = soonest.isAfter(opens) ? soonest : opens;
            closes = latest.isBefore(closes) ? latest : closes;
        }
        return new DayVerdict(day, opens, closes, null);
    }

    /**
     * The days around the best one, nearest first (an earlier day before a later one as near): the best day
     * itself first, then up to {@code reach} days either side.
     */
    List<DayVerdict> around(LocalDate best, int reach) {
        List<DayVerdict> days = new ArrayList<>();
        for (int offset = -reach; offset <= reach; offset++) {
            days.add(on(best.plusDays(offset)));
        }
        days.sort(Comparator.comparingLong((DayVerdict v) -> Math.abs(v.day().toEpochDay() - best.toEpochDay()))
                .thenComparing(DayVerdict::day));
        return days;
    }

    /** The day comes after the infusion before this one (always, for the first infusion). */
    boolean isAfterPrevious(LocalDate day) {
        return previousStart == null || day.isAfter(previousStart.atZone(zone).toLocalDate());
    }

    /** The same infusion as if nothing came before it: the patient's days and hours only. */
    SeriesSpacing withoutPrevious() {
        return new SeriesSpacing(plan, sequence, length, null, zone, dateTime);
    }

    /** The minimum-gap rule in words, for the infusion before this one. */
    String minimumRule() {
        return "the protocol wants at least " + hours(plan.getProtocol().getMinHoursBetween()) + " after infusion "
                + (sequence - 1) + (previousStart == null ? "" : " (" + dateTime.apply(previousStart) + ")");
    }

    /** How many days either side the protocol's maximum gap can reach (at least two, at most a week). */
    static int reach(TreatmentProtocol protocol) {
        int days = (int) Math.ceil(Math.max(protocol.getMaxHoursBetween(), protocol.getMinHoursBetween()) / 24.0);
        return Math.max(2, Math.min(7, days));
    }

    private static DayVerdict refused(LocalDate day, String limit) {
        return new DayVerdict(day, null, null, limit);
    }

    private static String plural(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US) + "s";
    }

    private static String hours(int hours) {
        return hours % 24 == 0 ? hours + " h (" + hours / 24 + (hours == 24 ? " day)" : " days)") : hours + " h";
    }
}
