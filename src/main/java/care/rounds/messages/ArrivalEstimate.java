package care.rounds.messages;

import care.rounds.base.ClinicTime;
import care.rounds.base.GeoPoint;
import care.rounds.routing.Leg;
import care.rounds.routing.Routing;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * When a clinician who just set off should arrive: now plus the road drive from where they are (the
 * home of their last visit today, else their home base), with the planner's traffic buffer and parking
 * time, rounded up to five minutes. Without a route (no map, no location) the planned start is used.
 */
@Component
class ArrivalEstimate {

    private final Routing routing;
    private final VisitService visits;
    private final ClinicTime time;
    private final int trafficBufferPercent;
    private final int parkingMinutes;

    ArrivalEstimate(Routing routing, VisitService visits, ClinicTime time,
                    @Value("${rounds.planning.traffic-buffer-percent:15}") int trafficBufferPercent,
                    @Value("${rounds.planning.parking-minutes:5}") int parkingMinutes) {
        this.routing = routing;
        this.visits = visits;
        this.time = time;
        this.trafficBufferPercent = trafficBufferPercent;
        this.parkingMinutes = parkingMinutes;
    }

    Instant of(InfusionVisit visit) {
        Instant now = time.now();
        GeoPoint to = visit.getPlan().getPatient().getHomeLocation();
        GeoPoint from = from(visit, now);
        if (to == null || from == null) {
            return visit.getPlannedStart();
        }
        try {
            Leg leg = routing.travel(from, to);
            if (!leg.reachable()) {
                return visit.getPlannedStart();
            }
            long seconds = Math.round(leg.seconds() * (100 + trafficBufferPercent) / 100.0) + parkingMinutes * 60L;
            return roundUpToFive(now.plus(Duration.ofSeconds(seconds)));
        } catch (RuntimeException e) {
            return visit.getPlannedStart();
        }
    }

    private GeoPoint from(InfusionVisit visit, Instant now) {
        Instant dayStart = time.startOf(time.today());
        return visits.inHorizon(dayStart, now).stream()
                .filter(v -> v.getClinician() != null && v.getClinician().getId().equals(visit.getClinician().getId()))
                .filter(v -> !v.getId().equals(visit.getId()) && v.getPlannedStart() != null)
                .filter(v -> v.getStatus() == VisitStatus.DONE || v.getStatus() == VisitStatus.NOT_HOME)
                .max(Comparator.comparing(InfusionVisit::getPlannedStart))
                .map(v -> v.getPlan().getPatient().getHomeLocation())
                .orElse(visit.getClinician().getHomeBase());
    }

    private static Instant roundUpToFive(Instant at) {
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(at)) {
            minute = minute.plus(Duration.ofMinutes(1));
        }
        long extra = (5 - (minute.getEpochSecond() / 60) % 5) % 5;
        return minute.plus(Duration.ofMinutes(extra));
    }
}
