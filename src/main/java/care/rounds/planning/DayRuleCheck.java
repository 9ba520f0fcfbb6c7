package care.rounds.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import care.rounds.base.ClinicTime;
import care.rounds.planning.clinic.ClinicProblem;
import care.rounds.planning.clinic.ClinicProblemFactory;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The day as planned, checked again against the clinic's rules with the planner's own constraints: a visit
 * pinned or booked before the roster, a protocol or the patient's address changed may break a rule now, and
 * nobody would know until the clinician arrives. The board shows each broken rule with the call to make, and
 * each timing exception the office made, with its reason. Checked each time the board shows the day.
 */
@Service
public class DayRuleCheck {

    private final ClinicProblemFactory problems;
    private final SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutions;
    private final ClinicTime time;
    private final VisitService visits;

    DayRuleCheck(ClinicProblemFactory problems, SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutions,
                 ClinicTime time, VisitService visits) {
        this.visits = visits;
        this.problems = problems;
        this.solutions = solutions;
        this.time = time;
    }

    @RolesAllowed("COORDINATOR")
    public List<RuleFlag> flagsOn(LocalDate day) {
        ClinicProblem problem = problems.buildAsPlanned(new TreeSet<>(Set.of(day)), Set.of());
        InfusionSchedule schedule = problem.schedule();
        solutions.update(schedule);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutions.analyze(schedule);
        Map<String, RuleFlag> flags = new LinkedHashMap<>();
        Set<Long> checkedAgain = flaggedPinnedVisits(day, flags);
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            Optional<PlanningConstraint> rule = MoveWarnings.ruleOf(constraint.constraintName());
            if (rule.isEmpty() || constraint.score().hardScore() >= 0 || constraint.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                if (match.justification() instanceof ScheduleJustification justification) {
                    flag(rule.get(), justification, problem, schedule).stream()
                            .filter(f -> f.visitId() == null || !checkedAgain.contains(f.visitId()))
                            .forEach(f -> flags.putIfAbsent(
                            f.visitId() + ":" + rule.get().key() + ":" + f.words(), f));
                }
            }
        }
        for (InfusionVisit record : problem.visits().values()) {
            if (record.getTimingException() != null && record.getPlannedStart() != null
                    && time.inClinicZone(record.getPlannedStart()).toLocalDate().equals(day)) {
                flags.putIfAbsent(record.getId() + ":exception", new RuleFlag(record.getId(), record.isPinned(), true,
                        who(record) + ": timing exception. " + record.getTimingException()));
            }
        }
        // a clinician who ended a visit before the protocol's least monitoring said why: the office is told here
        for (InfusionVisit ended : visits.endedEarly(time.startOf(day), time.startOf(day.plusDays(1)))) {
            flags.putIfAbsent(ended.getId() + ":ended-early", new RuleFlag(ended.getId(), true, true,
                    who(ended) + ": ended before the least monitoring. " + ended.getEndedEarly()
                            + ". Call the patient or their responsible adult to check they are back to baseline."));
        }
        return flags.values().stream().filter(f -> !(f.exception() && f.words().isEmpty())).toList();
    }

    /**
     * Pinned visits a check found breaking a rule ({@link PinnedVisitRecheck}), planned or told on this day, with
     * the call to make; the live check's own lines for them are left out, so each visit is named once.
     */
    private Set<Long> flaggedPinnedVisits(LocalDate day, Map<String, RuleFlag> flags) {
        Set<Long> flagged = new java.util.HashSet<>();
        for (InfusionVisit record : visits.pinnedOrFlaggedIn(time.startOf(day), time.startOf(day.plusDays(1)))) {
            if (record.getRuleFlag() == null) {
                continue;
            }
            flagged.add(record.getId());
            java.time.Instant at = record.getPlannedStart() != null ? record.getPlannedStart() : record.getToldStart();
            String whom = time.time(at) + " " + record.getPlan().getPatient().getFullName()
                    + (record.getClinician() == null ? " (taken off the route)" : " with " + record.getClinician().getDisplayName());
            flags.put(record.getId() + ":checked-again", new RuleFlag(record.getId(), record.isPinned(), false,
                    whom + ", pinned visit checked again: " + record.getRuleFlag()));
        }
        return flagged;
    }

    private List<RuleFlag> flag(PlanningConstraint rule, ScheduleJustification justification, ClinicProblem problem,
                                InfusionSchedule schedule) {
        List<RuleFlag> flags = new ArrayList<>();
        boolean timing = ClinicalRuleKinds.TIMING.contains(rule);
        for (String visitId : justification.visitIds()) {
            InfusionVisit record = problem.visits().get(visitId);
            Visit visit = schedule.getVisits().stream().filter(v -> v.getId().equals(visitId)).findFirst().orElse(null);
            if (record == null || visit == null) {
                continue;
            }
            if (timing && record.getTimingException() != null) {
                continue; // shown once, as the exception the office made
            }
            flags.add(new RuleFlag(record.getId(), record.isPinned(), false, who(record) + ": "
                    + MoveWarnings.sentence(rule, visit, time::time) + " " + callToMake(record)));
        }
        if (justification.visitIds().isEmpty() && justification.shiftId() != null) {
            schedule.getShifts().stream().filter(s -> s.getId().equals(justification.shiftId())).findFirst()
                    .ifPresent(shift -> flags.add(new RuleFlag(null, true, false, shiftSentence(rule, shift))));
        }
        return flags;
    }

    private String who(InfusionVisit record) {
        return time.time(record.getPlannedStart()) + " " + record.getPlan().getPatient().getFullName()
                + (record.getClinician() == null ? "" : " with " + record.getClinician().getDisplayName());
    }

    private static String callToMake(InfusionVisit record) {
        return record.isPinned()
                ? "It is pinned, so the planner will not move it: move it by hand and call the patient."
                : "Optimize re-plans it; call the patient if the time or clinician changes.";
    }

    private static String shiftSentence(PlanningConstraint rule, Shift shift) {
        String name = shift.getClinicianName() == null ? "A clinician" : shift.getClinicianName();
        return switch (rule) {
            case DOSE_KITS -> "Dose kits: " + name + "'s day needs " + shift.getUsedDoseKits() + " dose kits but "
                    + name + " carries " + shift.getDoseKits() + ": move a visit to another clinician.";
            case SHIFT_END -> "Working hours: " + name + "'s day ends after the hours plus the allowed overtime: "
                    + "move a visit or agree the overtime.";
            case UNREACHABLE_LEG -> "No road: a leg of " + name + "'s day cannot be driven: check the addresses.";
            default -> name + ": " + rule.constraintName() + ".";
        };
    }
}
