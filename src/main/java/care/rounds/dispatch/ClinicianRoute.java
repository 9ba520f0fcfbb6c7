package care.rounds.dispatch;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.TimeOff;
import care.rounds.routing.RouteShape;
import care.rounds.visits.InfusionVisit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One clinician's day: working hours (null when the roster has none that day), the visits in planned
 * order, and the drives between them along the roads: home base to the first visit, visit to visit,
 * last visit back to home base ({@code legs.size() == stops.size() + 1}, or no legs without stops).
 */
public record ClinicianRoute(Clinician clinician, Instant shiftStart, Instant shiftEnd, List<InfusionVisit> stops,
                             List<RouteShape> legs) {

    public ClinicianRoute {
        stops = List.copyOf(stops);
        legs = List.copyOf(legs);
    }

    public Duration driving() {
        return Duration.ofSeconds(Math.round(legs.stream().filter(RouteShape::reachable)
                .mapToDouble(RouteShape::seconds).sum()));
    }

    public Duration atHomes() {
        return stops.stream().map(InfusionVisit::getDuration).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The roster's time off that cuts into this day's working hours, the earliest first: a call-out from
     * 11:00 AM, a half day's leave. Empty when she works her normal hours or has none that day.
     */
    public Optional<TimeOff> offDuringShift() {
        if (shiftStart == null || shiftEnd == null) {
            return Optional.empty();
        }
        return clinician.getTimeOff().stream().filter(off -> off.overlaps(shiftStart, shiftEnd)).findFirst();
    }

    /** Dose kits to bring: one per infusion (an in-home assessment needs none). */
    public int kitsToBring() {
        return (int) stops.stream().filter(v -> !v.getPlan().getProtocol().isAssessment()).count();
    }
}
