package care.rounds.visits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The order of a visit in the field: En route, Arrived, Infusing, Monitoring, Done. A step may be skipped only
 * when the clinician confirms it; a step already recorded is not tapped again (a wrong tap is undone within
 * {@link #UNDO_WINDOW}); Done before the protocol's least monitoring needs a reason. Pure rules, no state.
 */
public final class StatusSteps {

    public static final List<VisitStatus> ORDER = List.of(VisitStatus.EN_ROUTE, VisitStatus.ARRIVED,
            VisitStatus.INFUSING, VisitStatus.MONITORING, VisitStatus.DONE);

    /** How long after a tap the clinician may undo it herself; later, the office corrects it. */
    public static final Duration UNDO_WINDOW = Duration.ofMinutes(2);

    private StatusSteps() {
    }

    /** The step after this one, or null when there is none (done, cancelled, not home). */
    public static VisitStatus next(VisitStatus current) {
        int at = ORDER.indexOf(current);
        if (current.isClosed() || at == ORDER.size() - 1) {
            return null;
        }
        return ORDER.get(at + 1);
    }

    /** The steps passed over when going from {@code current} to {@code reported}; Not home skips nothing. */
    public static List<VisitStatus> skipped(VisitStatus current, VisitStatus reported) {
        int to = ORDER.indexOf(reported);
        int from = ORDER.indexOf(current);
        if (to < 0 || to <= from + 1) {
            return List.of();
        }
        return ORDER.subList(from + 1, to);
    }

    /** A step already recorded (or one before it): tapping it again would rewrite the visit's past. */
    public static boolean isBackward(VisitStatus current, VisitStatus reported) {
        int to = ORDER.indexOf(reported);
        return to >= 0 && to <= ORDER.indexOf(current);
    }

    /** From Arrived on, the clinician is with the patient: the responsible adult must be confirmed. */
    public static boolean atTheHome(VisitStatus status) {
        return ORDER.indexOf(status) >= ORDER.indexOf(VisitStatus.ARRIVED);
    }

    /** Whether a tap at {@code tappedAt} may still be undone by the clinician {@code now}. */
    public static boolean undoable(Instant tappedAt, Instant now) {
        return !now.isAfter(tappedAt.plus(UNDO_WINDOW));
    }

    /**
     * Why Done now is before the least monitoring, in the clinic's words; empty when the patient was monitored
     * long enough.
     *
     * @param current         the visit's status before Done
     * @param monitoringSince when Monitoring was recorded; null when it was not
     * @param leastMinutes    the protocol's least monitoring
     */
    public static Optional<String> earlyDone(VisitStatus current, Instant monitoringSince, Instant now,
                                             int leastMinutes) {
        if (leastMinutes <= 0) {
            return Optional.empty();
        }
        if (current != VisitStatus.MONITORING || monitoringSince == null) {
            return Optional.of("Done without monitoring (the protocol asks for at least " + leastMinutes + " min)");
        }
        long minutes = Duration.between(monitoringSince, now).toMinutes();
        if (minutes >= leastMinutes) {
            return Optional.empty();
        }
        return Optional.of("Done after " + Math.max(0, minutes) + " of the least " + leastMinutes
                + " min of monitoring");
    }
}
