package care.rounds.planning.clinic;

import care.rounds.base.ClinicTime;
import care.rounds.base.GeoPoint;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.PlannerWeights;
import care.rounds.planning.PlanningSettings;
import care.rounds.planning.Shift;
import care.rounds.planning.Visit;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.PromiseSettings;
import care.rounds.visits.VisitService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the solver's problem for a horizon from the clinic's records: one shift per active clinician
 * and working day, every open visit whose window falls in the horizon, and the road matrix between
 * home bases and homes. Started visits, pinned visits and visits starting within the freeze window
 * are fixed at the front of their clinician's day.
 */
@Component
public class ClinicProblemFactory {

    private final ClinicianService clinicians;
    private final VisitService visitService;
    private final ClinicMatrix matrix;
    private final ClinicTime time;
    private final PlanningSettings settings;
    private final PlannerWeights weights;
    private final PromiseSettings promises;

    ClinicProblemFactory(ClinicianService clinicians, VisitService visitService, ClinicMatrix matrix,
                         ClinicTime time, PlanningSettings settings, PlannerWeights weights, PromiseSettings promises) {
        this.promises = promises;
        this.clinicians = clinicians;
        this.visitService = visitService;
        this.matrix = matrix;
        this.time = time;
        this.settings = settings;
        this.weights = weights;
    }

    public ClinicProblem build(LocalDate from, int days, Instant now) {
        Instant horizonStart = time.startOf(from);
        Instant horizonEnd = time.startOf(from.plusDays(days));
        Instant frozenUntil = now.plus(settings.frozen());

        Map<Long, Clinician> staff = activeStaff();
        Map<Boolean, List<InfusionVisit>> placeable = openVisits(horizonStart, horizonEnd).collect(
                Collectors.partitioningBy(v -> isFixed(v, frozenUntil, staff) || !v.getLatestStart().isBefore(frozenUntil)));
        List<InfusionVisit> candidates = placeable.get(true);
        List<Long> windowClosed = placeable.get(false).stream().filter(v -> v.getPlannedStart() == null)
                .map(InfusionVisit::getId).toList();
        SeriesHistory history = historyOf(candidates);
        Locations locations = Locations.of(staff.values(), candidates);

        Set<Long> inProblem = candidates.stream().map(InfusionVisit::getId).collect(Collectors.toSet());
        Map<String, InfusionVisit> records = new LinkedHashMap<>();
        List<Visit> visits = new ArrayList<>();
        Map<String, List<Visit>> fixedByShift = new HashMap<>();
        Map<String, List<Visit>> plannedByShift = new HashMap<>();
        for (InfusionVisit record : candidates) {
            boolean fixed = isFixed(record, frozenUntil, staff);
            Visit visit = toVisit(record, fixed, frozenUntil, locations, history, inProblem);
            records.put(visit.getId(), record);
            visits.add(visit);
            if (fixed) {
                fixedByShift.computeIfAbsent(shiftId(record.getClinician().getId(),
                        time.inClinicZone(record.getPlannedStart()).toLocalDate()), k -> new ArrayList<>()).add(visit);
            } else if (isPlanned(record, staff)) {
                plannedByShift.computeIfAbsent(shiftId(record.getClinician().getId(),
                        time.inClinicZone(record.getPlannedStart()).toLocalDate()), k -> new ArrayList<>()).add(visit);
            }
        }
        List<Shift> shifts = shifts(staff, from, days, locations, fixedByShift, true);
        startFromThePlanAsItStands(shifts, plannedByShift, records);
        InfusionSchedule schedule = new InfusionSchedule(matrix.between(locations.points()), shifts, visits)
                .withWeights(weights.overrides());
        return new ClinicProblem(schedule, records, staff, windowClosed);
    }

    /**
     * The search starts from the plan as it stands: each visit already on a clinician's route is put back
     * there, after the day's fixed visits, in its planned order. Construction then places only the visits
     * that have no place, and a re-plan moves a patient only when the score gains by it (the stability
     * constraint makes moving a told patient costly), instead of rebuilding every route from scratch.
     */
    private static void startFromThePlanAsItStands(List<Shift> shifts, Map<String, List<Visit>> plannedByShift,
                                                   Map<String, InfusionVisit> records) {
        for (Shift shift : shifts) {
            List<Visit> planned = plannedByShift.get(shift.getId());
            if (planned == null) {
                continue;
            }
            planned.sort(Comparator.comparing(visit -> records.get(visit.getId()).getPlannedStart()));
            shift.getVisits().addAll(planned);
        }
    }

    /**
     * The plan as it stands, for asking where new visits fit: every assigned visit sits in its
     * clinician's day at its planned time (its window narrowed to that time, so a proposal that
     * would push it later shows as breaking its window), and only the given visits are unassigned.
     */
    public ClinicProblem buildAsPlanned(java.util.SortedSet<LocalDate> days, Set<Long> newVisitIds) {
        LocalDate from = days.first();
        Instant horizonStart = time.startOf(from);
        Instant horizonEnd = time.startOf(days.last().plusDays(1));
        Map<Long, Clinician> staff = activeStaff();
        List<InfusionVisit> candidates = new ArrayList<>(openVisits(horizonStart, horizonEnd)
                .filter(v -> newVisitIds.contains(v.getId())
                        || isPlanned(v, staff) && days.contains(time.inClinicZone(v.getPlannedStart()).toLocalDate()))
                .toList());
        // a visit asked to go to a day outside its window (the rule check of a move by hand) is still tried there
        Set<Long> found = candidates.stream().map(InfusionVisit::getId).collect(Collectors.toSet());
        visitService.byIds(newVisitIds.stream().filter(id -> !found.contains(id)).toList()).stream()
                .filter(v -> !v.getStatus().isClosed() && v.getPlan().getPatient().getHomeLocation() != null)
                .forEach(candidates::add);
        SeriesHistory history = historyOf(candidates);
        Locations locations = Locations.of(staff.values(), candidates);
        Set<Long> inProblem = candidates.stream().map(InfusionVisit::getId).collect(Collectors.toSet());
        Map<String, InfusionVisit> records = new LinkedHashMap<>();
        List<Visit> visits = new ArrayList<>();
        Map<String, List<Visit>> placed = new HashMap<>();
        for (InfusionVisit record : candidates) {
            boolean placedAlready = !newVisitIds.contains(record.getId());
            Visit visit = toVisit(record, placedAlready, Instant.MIN, locations, history, inProblem);
            visit.withPinned(false);
            records.put(visit.getId(), record);
            visits.add(visit);
            if (placedAlready) {
                placed.computeIfAbsent(shiftId(record.getClinician().getId(),
                        time.inClinicZone(record.getPlannedStart()).toLocalDate()), k -> new ArrayList<>()).add(visit);
            }
        }
        List<Shift> shifts = days.stream().flatMap(day -> shifts(staff, day, 1, locations, placed, false).stream())
                .toList();
        InfusionSchedule schedule = new InfusionSchedule(matrix.between(locations.points()), shifts, visits)
                .withWeights(weights.overrides());
        return new ClinicProblem(schedule, records, staff, List.of());
    }

    private Map<Long, Clinician> activeStaff() {
        return clinicians.allForPlanning().stream()
                .filter(c -> c.isActive() && c.getHomeBase() != null)
                .collect(Collectors.toMap(Clinician::getId, c -> c, (a, b) -> a, LinkedHashMap::new));
    }

    /** Visits still to give whose patient's home is on the map. */
    private java.util.stream.Stream<InfusionVisit> openVisits(Instant from, Instant until) {
        return visitService.inHorizon(from, until).stream()
                .filter(v -> !v.getStatus().isClosed() && v.getPlan().getPatient().getHomeLocation() != null);
    }

    private SeriesHistory historyOf(List<InfusionVisit> visits) {
        return new SeriesHistory(visitService.seriesOf(visits.stream().map(v -> v.getPlan().getId()).distinct().toList()));
    }

    private static boolean isPlanned(InfusionVisit visit, Map<Long, Clinician> staff) {
        return visit.getClinician() != null && visit.getPlannedStart() != null
                && staff.containsKey(visit.getClinician().getId());
    }

    private boolean isFixed(InfusionVisit visit, Instant frozenUntil, Map<Long, Clinician> staff) {
        if (visit.getClinician() == null || visit.getPlannedStart() == null
                || !staff.containsKey(visit.getClinician().getId())) {
            return false;
        }
        return visit.getStatus().isStarted() || visit.isPinned() || visit.getPlannedStart().isBefore(frozenUntil);
    }

    private Visit toVisit(InfusionVisit record, boolean fixed, Instant frozenUntil, Locations locations,
                          SeriesHistory history, Set<Long> inProblem) {
        var plan = record.getPlan();
        var protocol = plan.getProtocol();
        Instant earliest = fixed ? record.getPlannedStart()
                : record.getEarliestStart().isBefore(frozenUntil) ? frozenUntil : record.getEarliestStart();
        // a visit placed at its planned time keeps that time; one frozen only because it starts soon may
        // still follow a predecessor that runs late, within its window (its patient then gets a call)
        boolean frozenOnly = fixed && !record.getStatus().isStarted() && !record.isPinned();
        Instant latest = !fixed ? record.getLatestStart()
                : frozenOnly && record.getLatestStart().isAfter(record.getPlannedStart()) ? record.getLatestStart()
                : record.getPlannedStart();
        earliest = notBeforeWhatWasTold(record, fixed, earliest, latest);
        Visit visit = new Visit(String.valueOf(record.getId()), plan.getPatient().getId(),
                locations.indexOf(plan.getPatient().getHomeLocation()), earliest, latest, record.getDuration())
                .withPlan(plan.getId(), record.getSequenceNumber(), history.lastGivenSequence(plan.getId()))
                .withAllowedCredentials(scopeIn(record))
                .withPatientState(plan.getPatient().getState())
                .withDoseKits(protocol.isAssessment() ? 0 : 1)
                .withPinned(fixed)
                .withPreferredClinician(plan.getPreferredClinician() == null ? null : plan.getPreferredClinician().getId())
                .withTold(record.getToldClinician() == null ? null : record.getToldClinician().getId(),
                        record.getToldStart(), promises.toldTolerance());
        if (protocol.getInfusionCount() > 1 && record.getSequenceNumber() > 1) {
            visit.withGapToPrevious(Duration.ofHours(protocol.getMinHoursBetween()),
                    Duration.ofHours(protocol.getMaxHoursBetween()));
            visit.withPreviousGivenStart(history.previousStartOutside(record, inProblem));
        }
        return visit;
    }

    /**
     * Who may give this visit where the patient lives now (the state of their postal address): the visit's
     * credentials, as booked, that the protocol allows in that state (RNs only in the states it lists).
     */
    static Set<String> scopeIn(InfusionVisit record) {
        Set<Credential> inState = record.getPlan().getProtocol().credentialsIn(record.getPlan().getPatient().getState());
        return record.getCredentialsAllowed().stream().filter(inState::contains).map(Enum::name)
                .collect(Collectors.toSet());
    }

    /**
     * A patient told "10:00" is not ready at 9:15: a told visit starts no earlier than the told start less
     * the tolerance (the planner's model has no waiting of its own, so a freed morning would otherwise pull
     * the next patient forward). Not when the window no longer contains that time (it was rescheduled).
     */
    private Instant notBeforeWhatWasTold(InfusionVisit record, boolean fixed, Instant earliest, Instant latest) {
        if (fixed || record.getToldStart() == null) {
            return earliest;
        }
        Instant notBefore = record.getToldStart().minus(promises.toldTolerance());
        return notBefore.isAfter(earliest) && !notBefore.isAfter(latest) ? notBefore : earliest;
    }

    private List<Shift> shifts(Map<Long, Clinician> staff, LocalDate from, int days, Locations locations,
                               Map<String, List<Visit>> fixedByShift, boolean pinPlaced) {
        List<Shift> shifts = new ArrayList<>();
        for (Clinician clinician : staff.values()) {
            for (LocalDate day = from; day.isBefore(from.plusDays(days)); day = day.plusDays(1)) {
                String id = shiftId(clinician.getId(), day);
                List<Visit> fixed = fixedByShift.getOrDefault(id, List.of()).stream()
                        .sorted(Comparator.comparingLong(Visit::getEarliestStart)).toList();
                var working = ShiftCalendar.workingTime(clinician, day, time.zone());
                if (working.isEmpty() && fixed.isEmpty()) {
                    continue;
                }
                long start = working.map(w -> w.start().getEpochSecond()).orElse(Long.MAX_VALUE);
                long end = working.map(w -> w.end().getEpochSecond()).orElse(Long.MIN_VALUE);
                for (Visit visit : fixed) {
                    // a started visit is finished even if the clinician became unavailable meanwhile
                    start = Math.min(start, visit.getEarliestStart() - Duration.ofHours(1).toSeconds());
                    end = Math.max(end, visit.getEarliestStart() + visit.getDuration());
                }
                shifts.add(new Shift(id, clinician.getId(), locations.indexOf(clinician.getHomeBase()), start, end)
                        .withClinicianName(clinician.getFullName())
                        .withCredential(clinician.getCredential().name())
                        .withLicensedStates(clinician.getLicensedStates())
                        .withDay(day)
                        .withAllowedOvertime(Duration.ofMinutes(settings.allowedOvertimeMinutes()))
                        .withDoseKits(Math.min(clinician.getDoseKitsPerDay(), clinician.getMaxVisitsPerDay()))
                        .withPinnedVisits(fixed, pinPlaced));
            }
        }
        return shifts;
    }

    static String shiftId(long clinicianId, LocalDate day) {
        return clinicianId + "@" + day;
    }

    /** Distinct points in the order first seen; their index is their row in the matrix. */
    static final class Locations {
        private final Map<GeoPoint, Integer> index = new LinkedHashMap<>();

        int indexOf(GeoPoint point) {
            return index.computeIfAbsent(point, p -> index.size());
        }

        static Locations of(java.util.Collection<Clinician> staff, List<InfusionVisit> visits) {
            Locations locations = new Locations();
            staff.forEach(c -> locations.indexOf(c.getHomeBase()));
            visits.forEach(v -> locations.indexOf(v.getPlan().getPatient().getHomeLocation()));
            return locations;
        }

        List<GeoPoint> points() {
            return List.copyOf(index.keySet());
        }
    }
}
