package care.rounds.dispatch;

import care.rounds.base.ClinicTime;
import care.rounds.base.GeoPoint;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.WeeklyHours;
import care.rounds.planning.SchedulePlanner;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.RouteShape;
import care.rounds.routing.Routing;
import care.rounds.security.CurrentUser;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitFilter;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one day as it is planned: each working clinician's visits in order with the road shapes
 * between them, the visits nobody takes yet with the planner's reason, and the figures. The office
 * reads every route; a clinician only their own.
 */
@Service
@Transactional(readOnly = true)
public class DispatchService {

    static final String NO_REASON_YET = "Not planned yet: press Optimize to place it.";

    private final VisitService visits;
    private final ClinicianService clinicians;
    private final SchedulePlanner planner;
    private final Routing routing;
    private final CurrentUser currentUser;
    private final ClinicTime time;

    DispatchService(VisitService visits, ClinicianService clinicians, SchedulePlanner planner, Routing routing,
                    CurrentUser currentUser, ClinicTime time) {
        this.visits = visits;
        this.clinicians = clinicians;
        this.planner = planner;
        this.routing = routing;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** Every working clinician's route of the day, the unassigned visits and the figures. */
    @RolesAllowed("COORDINATOR")
    public DayPlan board(LocalDate day) {
        Instant from = startOf(day);
        Instant until = startOf(day.plusDays(1));
        List<InfusionVisit> ofDay = visits.search(new VisitFilter(from, until, null, null, null), 0, 2000).toList();
        Map<Long, List<InfusionVisit>> byClinician = new LinkedHashMap<>();
        List<UnassignedVisit> unassigned = new ArrayList<>();
        for (InfusionVisit visit : ofDay) {
            if (visit.getStatus() == VisitStatus.CANCELLED || visit.getStatus() == VisitStatus.NOT_HOME) {
                continue; // off the route: the time is free for the rest of the day
            }
            if (visit.getClinician() != null && visit.getPlannedStart() != null) {
                if (!visit.getPlannedStart().isBefore(from) && visit.getPlannedStart().isBefore(until)) {
                    byClinician.computeIfAbsent(visit.getClinician().getId(), id -> new ArrayList<>()).add(visit);
                }
            } else if (visit.getStatus() == VisitStatus.UNSCHEDULED) {
                unassigned.add(new UnassignedVisit(visit, NO_REASON_YET));
            }
        }
        Map<Long, String> reasons = planner.explanations(unassigned.stream().map(u -> u.visit().getId()).toList());
        unassigned.replaceAll(u -> new UnassignedVisit(u.visit(), reasons.getOrDefault(u.visit().getId(), NO_REASON_YET)));
        List<ClinicianRoute> routes = new ArrayList<>();
        for (Clinician clinician : clinicians.active()) {
            List<InfusionVisit> stops = byClinician.getOrDefault(clinician.getId(), List.of());
            if (!stops.isEmpty() || clinician.hoursOn(day.getDayOfWeek()).isPresent()) {
                routes.add(route(clinician, day, stops));
            }
            byClinician.remove(clinician.getId());
        }
        // Visits still on the route of someone no longer active: shown, so nobody forgets them.
        byClinician.values().forEach(stops -> routes.add(route(stops.get(0).getClinician(), day, stops)));
        return new DayPlan(day, routes, unassigned, DayFigures.of(routes, unassigned.size()));
    }

    /** The signed-in clinician's route of that day. */
    @RolesAllowed("CLINICIAN")
    public ClinicianRoute myRoute(LocalDate day) {
        long me = currentUser.restrictedToClinician()
                .orElseThrow(() -> new AccessDeniedException("Only a clinician has a day of their own."));
        Clinician clinician = clinicians.find(me).orElseThrow();
        List<InfusionVisit> stops = visits.ofClinician(me, startOf(day), startOf(day.plusDays(1))).stream()
                .filter(v -> v.getPlannedStart() != null && time.inClinicZone(v.getPlannedStart()).toLocalDate().equals(day))
                .filter(v -> v.getStatus() != VisitStatus.CANCELLED)
                .toList();
        return route(clinician, day, stops);
    }

    private ClinicianRoute route(Clinician clinician, LocalDate day, List<InfusionVisit> visitsOfDay) {
        List<InfusionVisit> stops = visitsOfDay.stream().sorted(Comparator.comparing(InfusionVisit::getPlannedStart))
                .toList();
        List<RouteShape> legs = new ArrayList<>();
        if (!stops.isEmpty()) {
            GeoPoint from = clinician.getHomeBase();
            for (InfusionVisit stop : stops) {
                GeoPoint to = stop.getPlan().getPatient().getHomeLocation();
                legs.add(shape(from, to));
                from = to;
            }
            legs.add(shape(from, clinician.getHomeBase()));
        }
        Optional<WeeklyHours> hours = clinician.hoursOn(day.getDayOfWeek());
        return new ClinicianRoute(clinician,
                hours.map(h -> day.atTime(h.startsAt()).atZone(time.zone()).toInstant()).orElse(null),
                hours.map(h -> day.atTime(h.endsAt()).atZone(time.zone()).toInstant()).orElse(null),
                stops, legs);
    }

    private RouteShape shape(GeoPoint from, GeoPoint to) {
        if (from == null || to == null) {
            return RouteShape.unreachable();
        }
        try {
            return routing.shape(from, to);
        } catch (LocationNotReachableException e) {
            return RouteShape.unreachable();
        }
    }

    private Instant startOf(LocalDate day) {
        return time.startOf(day);
    }
}
