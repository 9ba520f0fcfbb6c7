package care.rounds.planning;

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
import care.rounds.visits.PlannedVisit;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A manual move on the board, tried before it is made: the day as planned is scored, the visit is
 * put on the chosen clinician's route at the chosen time (the clinician's later visits follow on as
 * they must), the day is scored again, and every hard rule that got worse is named. Confirming
 * makes the move, pins the visit and writes the later visits' new starts.
 */
@Service
public class MovePreview {

    private final ClinicProblemFactory problems;
    private final SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutions;
    private final VisitService visits;
    private final VisitChanges changes;
    private final ClinicTime time;
    private final ClinicalRules rules;

    MovePreview(ClinicProblemFactory problems, SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutions,
                VisitService visits, VisitChanges changes, ClinicTime time, ClinicalRules rules) {
        this.rules = rules;
        this.problems = problems;
        this.solutions = solutions;
        this.visits = visits;
        this.changes = changes;
        this.time = time;
    }

    /** What moving the visit to this clinician, starting at {@code start}, would do to that day. */
    @RolesAllowed("COORDINATOR")
    public MoveOutcome preview(long visitId, long clinicianId, Instant start) {
        return tryMove(visitId, clinicianId, start).outcome();
    }

    /**
     * Makes the move as previewed: the visit goes to the clinician at the start it can have, pinned,
     * and the clinician's later visits get the starts the move pushes them to.
     *
     * @param versionSeen the visit's version when the coordinator opened the move
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit apply(long visitId, long versionSeen, long clinicianId, Instant start, String reason) {
        return apply(visitId, versionSeen, clinicianId, start, reason, false);
    }

    /**
     * As {@link #apply(long, long, long, Instant, String)}; with {@code exceptTiming} a timing rule the move
     * breaks (window, gap, working hours) is accepted as an exception for the reason given. A legal or safety
     * rule always refuses the move (the move command checks it).
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit apply(long visitId, long versionSeen, long clinicianId, Instant start, String reason,
                               boolean exceptTiming) {
        Attempt attempt = tryMove(visitId, clinicianId, start);
        if (!attempt.outcome().possible()) {
            throw new IllegalStateException(attempt.outcome().warnings().get(0));
        }
        return changes.move(visitId, versionSeen, clinicianId, attempt.outcome().start(), reason,
                attempt.pushedLater(), exceptTiming);
    }

    private Attempt tryMove(long visitId, long clinicianId, Instant start) {
        InfusionVisit record = visits.find(visitId).orElseThrow(() -> new IllegalArgumentException("No such visit."));
        LocalDate day = time.inClinicZone(start).toLocalDate();
        boolean placedThatDay = record.getClinician() != null && record.getPlannedStart() != null
                && time.inClinicZone(record.getPlannedStart()).toLocalDate().equals(day);
        ClinicProblem problem = problems.buildAsPlanned(new TreeSet<>(Set.of(day)),
                placedThatDay ? Set.of() : Set.of(visitId));
        InfusionSchedule schedule = problem.schedule();
        HardMediumSoftLongScore before = solutions.update(schedule);
        PlanFigures figuresBefore = PlanFigures.of(schedule, null);
        Visit visit = schedule.getVisits().stream().filter(v -> v.getId().equals(String.valueOf(visitId)))
                .findFirst().orElse(null);
        if (visit == null) {
            return new Attempt(MoveOutcome.impossible(figuresBefore,
                    "This visit cannot be planned on " + time.date(day) + ": its window is on another day, "
                            + "or the patient's home is not on the map."), List.of());
        }
        Shift target = schedule.getShifts().stream()
                .filter(s -> s.getClinicianId() == clinicianId && day.equals(s.getDay())).findFirst().orElse(null);
        if (target == null) {
            return new Attempt(MoveOutcome.impossible(figuresBefore,
                    "This clinician does not work on " + time.date(day) + "."), List.of());
        }
        ScoreAnalysis<HardMediumSoftLongScore> beforeAnalysis = solutions.analyze(schedule);
        figuresBefore = PlanFigures.of(schedule, beforeAnalysis);

        if (visit.getShift() != null) {
            visit.getShift().getVisits().remove(visit);
        }
        visit.moveWindow(start.getEpochSecond(), record.getLatestStart().getEpochSecond());
        long at = start.getEpochSecond();
        int index = (int) target.getVisits().stream().filter(v -> v.getStart() < at).count();
        target.getVisits().add(index, visit);
        HardMediumSoftLongScore after = solutions.update(schedule);
        ScoreAnalysis<HardMediumSoftLongScore> afterAnalysis = solutions.analyze(schedule);

        List<String> warnings = MoveWarnings.of(beforeAnalysis, afterAnalysis, visit, record.getEarliestStart(),
                time::time);
        List<PlannedVisit> pushed = new ArrayList<>();
        for (Visit later : target.getVisits().subList(index + 1, target.getVisits().size())) {
            InfusionVisit laterRecord = problem.visits().get(later.getId());
            if (!later.startInstant().equals(laterRecord.getPlannedStart())) {
                pushed.add(new PlannedVisit(laterRecord.getId(), laterRecord.getVersion(),
                        problem.clinicians().get(clinicianId), later.startInstant()));
            }
        }
        List<Placement> placements = new ArrayList<>();
        placements.add(new Placement(visitId, clinicianId, visit.startInstant()));
        pushed.forEach(p -> placements.add(new Placement(p.visitId(), clinicianId, p.start())));
        List<BrokenRule> broken = rules.check(placements).broken();
        int comparison = after.compareTo(before);
        MoveOutcome.Change change = comparison > 0 ? MoveOutcome.Change.BETTER
                : comparison < 0 ? MoveOutcome.Change.WORSE : MoveOutcome.Change.SAME;
        return new Attempt(new MoveOutcome(true, figuresBefore, PlanFigures.of(schedule, afterAnalysis), change,
                visit.startInstant(),
                warnings, pushed.size(), broken), pushed);
    }

    private record Attempt(MoveOutcome outcome, List<PlannedVisit> pushedLater) {
    }
}
