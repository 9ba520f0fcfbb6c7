package care.rounds.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import care.rounds.base.ClinicTime;
import care.rounds.planning.clinic.ClinicProblem;
import care.rounds.planning.clinic.ClinicProblemFactory;
import care.rounds.visits.BrokenRule;
import care.rounds.visits.ClinicalRules;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.Placement;
import care.rounds.visits.RuleVerdict;
import care.rounds.visits.VisitService;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The clinic's rules for a change by hand, checked with the planner's own constraints: the days the change
 * touches (and the days of the neighbouring infusions of each series, for the gaps) are built as planned,
 * scored, the visits are put where the change puts them, the days are scored again, and every hard rule
 * that scores worse is named. Overlap, which the planner's model rules out by construction, is checked
 * here: a visit that cannot start when it is asked to (the clinician is still with another patient or on
 * the road) overlaps.
 */
@Component
class ClinicalRuleCheck implements ClinicalRules {

    private final ClinicProblemFactory problems;
    private final SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutions;
    private final VisitService visits;
    private final ClinicTime time;

    ClinicalRuleCheck(ClinicProblemFactory problems, SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutions,
                      VisitService visits, ClinicTime time) {
        this.problems = problems;
        this.solutions = solutions;
        this.visits = visits;
        this.time = time;
    }

    @Override
    public RuleVerdict check(List<Placement> placements) {
        if (placements.isEmpty()) {
            return new RuleVerdict(List.of(), List.of());
        }
        Map<Long, Placement> byVisit = new LinkedHashMap<>();
        placements.forEach(placement -> byVisit.put(placement.visitId(), placement));
        ClinicProblem problem = problems.buildAsPlanned(daysOf(byVisit.values()), byVisit.keySet());
        InfusionSchedule schedule = problem.schedule();
        solutions.update(schedule);
        ScoreAnalysis<HardMediumSoftLongScore> before = solutions.analyze(schedule);

        Map<String, Long> startBefore = new HashMap<>();
        Map<String, Long> intended = new HashMap<>();
        for (Visit visit : schedule.getVisits()) {
            if (visit.isAssigned()) {
                startBefore.put(visit.getId(), visit.getStart());
                intended.put(visit.getId(), problem.visits().get(visit.getId()).getPlannedStart().getEpochSecond());
            }
        }
        Rules broken = new Rules();
        Set<Shift> touched = new LinkedHashSet<>();
        List<Visit> placed = new ArrayList<>();
        for (Placement placement : byVisit.values().stream().sorted(Comparator.comparing(Placement::start)).toList()) {
            String id = String.valueOf(placement.visitId());
            Visit visit = schedule.getVisits().stream().filter(v -> v.getId().equals(id)).findFirst().orElse(null);
            InfusionVisit record = problem.visits().get(id);
            if (visit == null || record == null) {
                broken.add(new BrokenRule("on-the-map", "The patient's home is not on the map, so the visit cannot be "
                        + "checked: fix the address first.", false));
                continue;
            }
            LocalDate day = time.inClinicZone(placement.start()).toLocalDate();
            Shift target = schedule.getShifts().stream()
                    .filter(s -> s.getClinicianId() == placement.clinicianId() && day.equals(s.getDay()))
                    .findFirst().orElse(null);
            if (target == null) {
                broken.add(new BrokenRule(ClinicalRuleKinds.WORKING_DAY, "Working day: " + clinicianName(problem, placement)
                        + " does not work on " + time.date(day) + " (roster, time off or inactive): change the roster first.",
                        false));
                continue;
            }
            if (visit.getShift() != null) {
                visit.getShift().getVisits().remove(visit);
            }
            long at = placement.start().getEpochSecond();
            visit.moveWindow(at, record.getLatestStart().getEpochSecond());
            if (placement.start().isBefore(record.getEarliestStart())) {
                broken.add(new BrokenRule(PlanningConstraint.START_IN_WINDOW.key(), MoveWarnings.OUTSIDE_WINDOW
                        + ": it opens at " + time.dateTime(record.getEarliestStart()) + ".", true));
            }
            int index = (int) target.getVisits().stream().filter(v -> intended.getOrDefault(v.getId(), 0L) < at).count();
            target.getVisits().add(index, visit);
            intended.put(id, at);
            touched.add(target);
            placed.add(visit);
        }
        if (placed.isEmpty()) {
            return new RuleVerdict(broken.list(), List.of());
        }
        solutions.update(schedule);
        ScoreAnalysis<HardMediumSoftLongScore> after = solutions.analyze(schedule);
        hardRulesWorse(before, after, placed).forEach(broken::add);
        List<Placement> pushed = new ArrayList<>();
        overlaps(touched, intended, startBefore, placed, problem, pushed).forEach(broken::add);
        return new RuleVerdict(broken.list(), pushed);
    }

    /** The placements' days, and the days of the infusions before and after each placed one in its series. */
    private SortedSet<LocalDate> daysOf(java.util.Collection<Placement> placements) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (Placement placement : placements) {
            days.add(time.inClinicZone(placement.start()).toLocalDate());
            visits.find(placement.visitId()).ifPresent(record -> visits.seriesOf(List.of(record.getPlan().getId()))
                    .stream()
                    .filter(other -> Math.abs(other.getSequenceNumber() - record.getSequenceNumber()) == 1)
                    .filter(other -> other.getPlannedStart() != null && !other.getStatus().isClosed())
                    .forEach(other -> days.add(time.inClinicZone(other.getPlannedStart()).toLocalDate())));
        }
        return days;
    }

    private List<BrokenRule> hardRulesWorse(ScoreAnalysis<HardMediumSoftLongScore> before,
                                            ScoreAnalysis<HardMediumSoftLongScore> after, List<Visit> placed) {
        List<BrokenRule> broken = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : after.constraintAnalyses()) {
            ConstraintAnalysis<HardMediumSoftLongScore> earlier = before.constraintMap().get(constraint.constraintRef());
            long hardBefore = earlier == null ? 0 : earlier.score().hardScore();
            if (constraint.score().hardScore() >= hardBefore) {
                continue;
            }
            Optional<PlanningConstraint> rule = MoveWarnings.ruleOf(constraint.constraintName());
            if (rule.isEmpty()) {
                continue;
            }
            Visit concerned = concerned(constraint, placed);
            broken.add(new BrokenRule(rule.get().key(), MoveWarnings.sentence(rule.get(), concerned, time::time),
                    ClinicalRuleKinds.TIMING.contains(rule.get())));
        }
        return broken;
    }

    /** The placed visit a broken rule's matches name, else the first placed visit on the shift it names. */
    private static Visit concerned(ConstraintAnalysis<HardMediumSoftLongScore> constraint, List<Visit> placed) {
        List<MatchAnalysis<HardMediumSoftLongScore>> matches = constraint.matches();
        if (matches != null) {
            for (MatchAnalysis<HardMediumSoftLongScore> match : matches) {
                if (match.justification() instanceof ScheduleJustification justification) {
                    for (Visit visit : placed) {
                        if (justification.visitIds().contains(visit.getId())
                                || visit.getShift() != null && visit.getShift().getId().equals(justification.shiftId())) {
                            return visit;
                        }
                    }
                }
            }
        }
        return placed.get(0);
    }

    /** Visits of the touched days that cannot start when they should: the clinician is elsewhere then. */
    private List<BrokenRule> overlaps(Set<Shift> touched, Map<String, Long> intended, Map<String, Long> startBefore,
                                      List<Visit> placed, ClinicProblem problem, List<Placement> pushed) {
        List<BrokenRule> broken = new ArrayList<>();
        for (Shift shift : touched) {
            for (Visit visit : shift.getVisits()) {
                long wanted = intended.getOrDefault(visit.getId(), (long) visit.getStart());
                boolean lateAlready = startBefore.containsKey(visit.getId()) && startBefore.get(visit.getId()) > wanted
                        && !placed.contains(visit);
                if (!visit.isAssigned() || visit.getStart() <= wanted || lateAlready) {
                    continue;
                }
                String name = shift.getClinicianName() == null ? "The clinician" : shift.getClinicianName();
                String asked = time.time(Instant.ofEpochSecond(wanted));
                String possible = time.time(visit.startInstant());
                if (visit.getPrevious() == null) {
                    broken.add(new BrokenRule(ClinicalRuleKinds.WORKING_HOURS, "Working hours: " + name
                            + "'s day starts too late to be there at " + asked + "; the earliest is " + possible + ".",
                            true));
                } else if (placed.contains(visit)) {
                    broken.add(new BrokenRule(ClinicalRuleKinds.OVERLAP, "Overlap: " + name + " is still with another "
                            + "patient or on the road at " + asked + "; the earliest this visit could start is "
                            + possible + ".", false));
                } else if (pushableWithinWindow(problem.visits().get(visit.getId()), visit)) {
                    // a visit not pinned follows on later, within its window, as a planner run would place it
                    pushed.add(new Placement(Long.parseLong(visit.getId()), shift.getClinicianId(), visit.startInstant()));
                } else {
                    broken.add(new BrokenRule(ClinicalRuleKinds.OVERLAP, "Overlap: " + name + "'s visit at " + asked
                            + " would have to start at " + possible + ": move it as well (the board's Move does), "
                            + "or choose another time.", false));
                }
            }
        }
        return broken;
    }

    private static boolean pushableWithinWindow(InfusionVisit record, Visit visit) {
        return record != null && !record.isPinned() && !record.getStatus().isStarted()
                && !visit.startInstant().isAfter(record.getLatestStart());
    }

    private static String clinicianName(ClinicProblem problem, Placement placement) {
        var clinician = problem.clinicians().get(placement.clinicianId());
        return clinician == null ? "This clinician" : clinician.getFullName();
    }

    /** Broken rules, each rule named once. */
    private static final class Rules {
        private final Map<String, BrokenRule> byKey = new LinkedHashMap<>();

        void add(BrokenRule rule) {
            byKey.putIfAbsent(rule.key(), rule);
        }

        List<BrokenRule> list() {
            return List.copyOf(byKey.values());
        }
    }
}
