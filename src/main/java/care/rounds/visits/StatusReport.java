package care.rounds.visits;

/**
 * What the clinician reports with a status tap.
 *
 * @param status          the step tapped
 * @param skipConfirmed   she confirmed skipping the steps between the visit's status and this one
 * @param adultPresent    who she confirmed as the responsible adult at home (needed from Arrived on, once)
 * @param earlyDoneReason why the visit is done before the protocol's least monitoring
 */
public record StatusReport(VisitStatus status, boolean skipConfirmed, String adultPresent, String earlyDoneReason) {

    public static StatusReport of(VisitStatus status) {
        return new StatusReport(status, false, null, null);
    }

    public StatusReport confirmingSkip() {
        return new StatusReport(status, true, adultPresent, earlyDoneReason);
    }

    public StatusReport withAdult(String who) {
        return new StatusReport(status, skipConfirmed, who, earlyDoneReason);
    }

    public StatusReport withEarlyDoneReason(String reason) {
        return new StatusReport(status, skipConfirmed, adultPresent, reason);
    }
}
