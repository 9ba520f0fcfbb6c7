package care.rounds.kpi;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitLogEntry;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Key figures over a date range for the office. Loading lives in {@link #report}; the arithmetic is in
 * static functions without any I/O so that it is tested on its own.
 */
@Service
public class KpiService {

    /** A stretch of time, such as time off. */
    record Span(Instant from, Instant until) {
    }

    /** An arrival this late after the planned start or earlier counts as on time. */
    public static final Duration ON_TIME_TOLERANCE = Duration.ofMinutes(15);
    public static final int MAX_DAYS = 92;

    private final VisitService visits;
    private final ClinicianService clinicians;
    private final DriveTimes driveTimes;
    private final ClinicTime time;

    KpiService(VisitService visits, ClinicianService clinicians, DriveTimes driveTimes, ClinicTime time) {
        this.visits = visits;
        this.clinicians = clinicians;
        this.driveTimes = driveTimes;
        this.time = time;
    }

    /** The office's figures from {@code from} to {@code to}, both days included, in the clinic's zone. */
    @RolesAllowed("COORDINATOR")
    public KpiReport report(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The last day must not be before the first.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("Choose at most " + MAX_DAYS + " days.");
        }
        Instant start = time.startOf(from);
        Instant end = time.startOf(to.plusDays(1));
        List<InfusionVisit> inRange = visits.inHorizon(start.minus(Duration.ofDays(1)), end.plus(Duration.ofDays(1)))
                .stream().filter(v -> v.getStatus() != VisitStatus.CANCELLED)
                .filter(v -> !dayOf(v).isBefore(from) && !dayOf(v).isAfter(to)).toList();
        Map<Long, Instant> arrivals = firstArrivals(inRange.stream().map(InfusionVisit::getId).toList());
        List<VisitFacts> facts = inRange.stream().map(v -> new VisitFacts(v.getId(), v.getPlan().getId(), dayOf(v),
                v.getClinician() == null ? null : v.getClinician().getId(), v.getDuration(), v.getPlannedStart(),
                arrivals.get(v.getId()))).toList();

        Map<Long, Clinician> people = new HashMap<>();
        clinicians.active().forEach(c -> people.put(c.getId(), c));
        inRange.stream().map(InfusionVisit::getClinician).filter(c -> c != null).forEach(c -> people.putIfAbsent(c.getId(), c));
        List<ShiftFacts> shifts = new ArrayList<>();
        int[] unreachable = {0};
        for (Clinician clinician : people.values()) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                LocalDate d = day;
                List<InfusionVisit> stops = inRange.stream().filter(v -> v.getClinician() != null
                        && v.getClinician().getId().equals(clinician.getId()) && v.getPlannedStart() != null
                        && dayOf(v).equals(d)).sorted(Comparator.comparing(InfusionVisit::getPlannedStart)).toList();
                Duration scheduled = scheduled(clinician, day);
                if (stops.isEmpty() && scheduled.isZero()) {
                    continue;
                }
                DriveTimes.Drive drive = driveTimes.route(clinician.getHomeBase(),
                        stops.stream().map(v -> v.getPlan().getPatient().getHomeLocation()).toList());
                unreachable[0] += drive.unreachableLegs();
                shifts.add(new ShiftFacts(clinician.getId(), day, scheduled, drive.time()));
            }
        }
        Map<Long, String> names = people.values().stream()
                .collect(Collectors.toMap(Clinician::getId, Clinician::getFullName));
        return report(from, to, facts, shifts, cliniciansPerPlan(facts), names, unreachable[0],
                driveTimes.estimate());
    }

    private LocalDate dayOf(InfusionVisit visit) {
        Instant when = visit.getPlannedStart() != null ? visit.getPlannedStart() : visit.getEarliestStart();
        return time.inClinicZone(when).toLocalDate();
    }

    private Map<Long, Instant> firstArrivals(Collection<Long> visitIds) {
        Map<Long, Instant> arrivals = new HashMap<>();
        if (!visitIds.isEmpty()) {
            for (VisitLogEntry entry : visits.statusLog(visitIds)) {
                if (entry.getStatus() == VisitStatus.ARRIVED && !entry.isCorrection()) {
                    arrivals.putIfAbsent(entry.getVisitId(), entry.getRecordedAt());
                }
            }
        }
        return arrivals;
    }

    /** Which clinicians each plan's whole series (not only this range) is assigned to. */
    private Map<Long, Set<Long>> cliniciansPerPlan(List<VisitFacts> facts) {
        Set<Long> planIds = facts.stream().map(VisitFacts::planId).collect(Collectors.toSet());
        Map<Long, Set<Long>> perPlan = new HashMap<>();
        Map<Long, Integer> assignedVisits = new HashMap<>();
        for (InfusionVisit v : planIds.isEmpty() ? List.<InfusionVisit>of() : visits.seriesOf(planIds)) {
            if (v.getClinician() != null && v.getStatus() != VisitStatus.CANCELLED) {
                perPlan.computeIfAbsent(v.getPlan().getId(), id -> new HashSet<>()).add(v.getClinician().getId());
                assignedVisits.merge(v.getPlan().getId(), 1, Integer::sum);
            }
        }
        // a plan with a single assigned visit says nothing about continuity
        perPlan.keySet().removeIf(planId -> assignedVisits.get(planId) < 2);
        return perPlan;
    }

    private Duration scheduled(Clinician clinician, LocalDate day) {
        return clinician.hoursOn(day.getDayOfWeek()).map(h -> {
            Instant start = day.atTime(h.startsAt()).atZone(time.zone()).toInstant();
            Instant end = day.atTime(h.endsAt()).atZone(time.zone()).toInstant();
            return available(start, end, clinician.getTimeOff().stream()
                    .map(off -> new Span(off.getStartsAt(), off.getEndsAt())).toList());
        }).orElse(Duration.ZERO);
    }

    // ---- the arithmetic: pure functions ----

    /** A shift's length less the time off that overlaps it (overlapping time off counted once). */
    static Duration available(Instant shiftStart, Instant shiftEnd, List<Span> timeOff) {
        List<Span> clipped = timeOff.stream()
                .map(off -> new Span(max(off.from(), shiftStart), min(off.until(), shiftEnd)))
                .filter(off -> off.from().isBefore(off.until())).sorted(Comparator.comparing(Span::from)).toList();
        Duration off = Duration.ZERO;
        Instant coveredUntil = shiftStart;
        for (Span span : clipped) {
            Instant from = max(span.from(), coveredUntil);
            if (from.isBefore(span.until())) {
                off = off.plus(Duration.between(from, span.until()));
                coveredUntil = span.until();
            }
        }
        return Duration.between(shiftStart, shiftEnd).minus(off);
    }

    /** On time: arrived no later than the tolerance after the planned start (early is on time). */
    static boolean onTime(Instant plannedStart, Instant arrivedAt) {
        return !arrivedAt.isAfter(plannedStart.plus(ON_TIME_TOLERANCE));
    }

    /**
     * The figures of one group.
     *
     * @param cliniciansPerPlan for plans with two or more assigned visits: every clinician assigned in the series
     */
    static KpiFigures figures(List<VisitFacts> group, List<ShiftFacts> shifts, Map<Long, Set<Long>> cliniciansPerPlan) {
        List<VisitFacts> assigned = group.stream().filter(VisitFacts::assigned).toList();
        Duration infusion = assigned.stream().map(VisitFacts::duration).reduce(Duration.ZERO, Duration::plus);
        Duration driving = shifts.stream().map(ShiftFacts::driving).reduce(Duration.ZERO, Duration::plus);
        Duration scheduled = shifts.stream().map(ShiftFacts::scheduled).reduce(Duration.ZERO, Duration::plus);
        List<VisitFacts> arrived = assigned.stream().filter(v -> v.arrivedAt() != null).toList();
        int onTime = (int) arrived.stream().filter(v -> onTime(v.plannedStart(), v.arrivedAt())).count();
        Set<Long> plans = assigned.stream().map(VisitFacts::planId).filter(cliniciansPerPlan::containsKey)
                .collect(Collectors.toSet());
        int oneClinician = (int) plans.stream().filter(p -> cliniciansPerPlan.get(p).size() == 1).count();
        return new KpiFigures(assigned.size(), infusion, driving, scheduled, group.size() - assigned.size(),
                arrived.size(), onTime, plans.size(), oneClinician);
    }

    /** Groups the facts per day (every day of the range) and per clinician (by name) and sums the whole range. */
    static KpiReport report(LocalDate from, LocalDate to, List<VisitFacts> facts, List<ShiftFacts> shifts,
                            Map<Long, Set<Long>> cliniciansPerPlan, Map<Long, String> clinicianNames,
                            int unreachableLegs, boolean estimate) {
        List<KpiReport.DayRow> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            days.add(new KpiReport.DayRow(day, figures(only(facts, v -> v.day().equals(d)),
                    only(shifts, s -> s.day().equals(d)), cliniciansPerPlan)));
        }
        Map<Long, String> byName = clinicianNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        List<KpiReport.ClinicianRow> people = new ArrayList<>();
        byName.forEach((id, name) -> {
            KpiFigures f = figures(only(facts, v -> id.equals(v.clinicianId())),
                    only(shifts, s -> s.clinicianId() == id), cliniciansPerPlan);
            if (f.visits() > 0 || !f.scheduled().isZero()) {
                people.add(new KpiReport.ClinicianRow(id, name, f));
            }
        });
        return new KpiReport(from, to, days, people, figures(facts, shifts, cliniciansPerPlan), unreachableLegs,
                estimate);
    }

    private static <T> List<T> only(List<T> items, Predicate<T> keep) {
        return items.stream().filter(keep).toList();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
