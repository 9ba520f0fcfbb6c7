package care.rounds.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan in the clinic's words instead of a score: visits placed and unassigned, minutes of driving,
 * patients to call (told a clinician and time the plan changes) and the hard rules broken, by name.
 *
 * @param rulesBroken one entry per broken hard rule, e.g. "Infusion starts inside its window (2 visits)"
 */
public record PlanFigures(int visitsPlanned, int visitsUnassigned, long driveMinutes, int patientsToCall,
                          List<String> rulesBroken) {

    public PlanFigures {
        rulesBroken = List.copyOf(rulesBroken);
    }

    public static PlanFigures of(InfusionSchedule schedule, ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        int unassigned = schedule.unassignedVisits().size();
        long driveSeconds = schedule.getShifts().stream().mapToLong(Shift::getDriveSeconds).sum();
        int toCall = (int) schedule.getVisits().stream().filter(Visit::movedFromTold).count();
        return new PlanFigures(schedule.getVisits().size() - unassigned, unassigned, Math.round(driveSeconds / 60.0),
                toCall, analysis == null ? brokenWithoutNames(schedule) : broken(analysis));
    }

    private static List<String> broken(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<String> rules = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            if (constraint.score().hardScore() < 0) {
                int count = constraint.matchCount();
                rules.add(MoveWarnings.ruleOf(constraint.constraintName()).map(PlanningConstraint::constraintName)
                        .orElse(constraint.constraintName()) + (count > 1 ? " (" + count + " times)" : ""));
            }
        }
        return rules;
    }

    private static List<String> brokenWithoutNames(InfusionSchedule schedule) {
        var score = schedule.getScore();
        return score != null && score.hardScore() < 0 ? List.of("a hard rule") : List.of();
    }

    public boolean feasible() {
        return rulesBroken.isEmpty();
    }

    /** "12 visits placed, 2 unassigned, 3 h 10 min driving, 1 patient to call, no rule broken". */
    public String inWords() {
        return count(visitsPlanned, "visit") + " placed, " + visitsUnassigned + " unassigned, "
                + duration(driveMinutes) + " driving, " + count(patientsToCall, "patient") + " to call, "
                + rules();
    }

    /** How this plan differs from {@code before}: "no change in unassigned visits, +14 min driving, ...". */
    public String comparedWith(PlanFigures before) {
        int unassignedDelta = visitsUnassigned - before.visitsUnassigned;
        long driveDelta = driveMinutes - before.driveMinutes;
        int callDelta = patientsToCall - before.patientsToCall;
        String unassignedText = unassignedDelta == 0 ? "no visit newly unassigned"
                : unassignedDelta > 0 ? count(unassignedDelta, "more visit") + " unassigned"
                : count(-unassignedDelta, "visit") + " fewer unassigned";
        String driveText = driveDelta == 0 ? "same driving"
                : (driveDelta > 0 ? "+" : "−") + duration(Math.abs(driveDelta)) + " driving";
        String callText = callDelta <= 0 ? "no new patient to call" : count(callDelta, "patient") + " to call";
        return unassignedText + ", " + driveText + ", " + callText + ", " + rules();
    }

    private String rules() {
        if (rulesBroken.isEmpty()) {
            return "no rule broken";
        }
        return count(rulesBroken.size(), "rule") + " broken: " + String.join("; ", rulesBroken);
    }

    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    static String duration(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
