package care.rounds.calendar;

import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitStatus;

import java.time.Instant;

/**
 * One visit as the phone's calendar shows it: the least a clinician needs to find it. The summary
 * names the patient by first initial and last name, enough to tell visits apart and to greet the right
 * person at the door, while a lock screen or a synced calendar service does not carry the full name;
 * no diagnosis, protocol, phone numbers or access notes (gate codes do not belong in a cloud calendar:
 * My day has them).
 */
record FeedEvent(long visitId, long sequence, Instant start, Instant end, String summary, String location,
                 boolean cancelled) {

    static FeedEvent of(InfusionVisit visit, boolean assessment) {
        return of(visit, visit.getPlannedStart(), visit.getPlannedEnd(), assessment);
    }

    /** A visit at the time the feed last carried it (a cancelled visit has left its route). */
    static FeedEvent of(InfusionVisit visit, Instant start, Instant end, boolean assessment) {
        var plan = visit.getPlan();
        String what = assessment ? "In-home assessment"
                : "Infusion visit " + visit.getSequenceNumber() + " of " + plan.getProtocol().getInfusionCount();
        String summary = what + " \u2014 " + shortName(plan.getPatient().getFullName());
        if (visit.getStatus() == VisitStatus.NOT_HOME) {
            summary += " (patient not home)";
        }
        return new FeedEvent(visit.getId(), visit.getVersion(), start, end, summary,
                plan.getPatient().getHomeAddress(), visit.getStatus() == VisitStatus.CANCELLED);
    }

    /** "Jane Q. Doe" becomes "J. Doe"; a single name stays as it is. */
    static String shortName(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length < 2) {
            return parts[0];
        }
        return parts[0].charAt(0) + ". " + parts[parts.length - 1];
    }
}
