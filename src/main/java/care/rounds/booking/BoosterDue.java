package care.rounds.booking;

import java.time.LocalDate;

/**
 * A patient whose series is finished and whose booster window is near, open or past: the last infusion, the
 * window its protocol sets, and the protocol to book the booster with.
 */
public record BoosterDue(long patientId, String patientName, String phone, String seriesName, LocalDate lastInfusion,
                         LocalDate windowOpens, LocalDate windowCloses, long boosterProtocolId, String boosterName) {

    /** "due from Jan 5 to Jan 19", "due now, until Jan 19", "overdue since Jan 19", in the clinic's words. */
    public String when(LocalDate today, java.util.function.Function<LocalDate, String> date) {
        if (today.isAfter(windowCloses)) {
            return "Overdue since " + date.apply(windowCloses);
        }
        if (!today.isBefore(windowOpens)) {
            return "Due now, until " + date.apply(windowCloses);
        }
        return "Due from " + date.apply(windowOpens) + " to " + date.apply(windowCloses);
    }
}
