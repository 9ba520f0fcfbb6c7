package care.rounds.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hard rules a manual move breaks, in words a coordinator uses on the phone ("Outside the
 * patient's window", "Dana Reyes is not licensed in GA"): every hard constraint that scores worse
 * after the move than before it, one sentence each.
 */
final class MoveWarnings {

    static final String OUTSIDE_WINDOW = "Outside the patient's window";

    private MoveWarnings() {
    }

    static List<String> of(ScoreAnalysis<HardMediumSoftLongScore> before, ScoreAnalysis<HardMediumSoftLongScore> after,
                           Visit moved, Instant windowOpens, Function<Instant, String> clock) {
        List<String> warnings = new ArrayList<>();
        if (moved.isAssigned() && moved.startInstant().isBefore(windowOpens)) {
            warnings.add(OUTSIDE_WINDOW + ": it opens at " + clock.apply(windowOpens) + ".");
        }
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : after.constraintAnalyses()) {
            long hardAfter = constraint.score().hardScore();
            ConstraintAnalysis<HardMediumSoftLongScore> earlier = before.constraintMap().get(constraint.constraintRef());
            long hardBefore = earlier == null ? 0 : earlier.score().hardScore();
            if (hardAfter < hardBefore) {
                ruleOf(constraint.constraintName()).map(rule -> sentence(rule, moved, clock)).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    /** The rule behind a constraint name, including its variants ("... (after a given infusion)"). */
    static Optional<PlanningConstraint> ruleOf(String constraintName) {
        return Arrays.stream(PlanningConstraint.values())
                .filter(rule -> rule.level() == PlanningConstraint.Level.HARD)
                .filter(rule -> constraintName.equals(rule.constraintName())
                        || constraintName.startsWith(rule.constraintName() + " ("))
                .findFirst();
    }

    static String sentence(PlanningConstraint rule, Visit moved, Function<Instant, String> clock) {
        Shift shift = moved.getShift();
        String clinician = shift == null || shift.getClinicianName() == null ? "The clinician" : shift.getClinicianName();
        return switch (rule) {
            case CREDENTIAL -> "Credential: " + clinician + " is " + (shift == null ? "?" : shift.getCredential())
                    + "; this visit needs " + String.join(" or ", new java.util.TreeSet<>(moved.getAllowedCredentials()))
                    + (moved.getPatientState() == null ? "" : " in " + moved.getPatientState())
                    + " (the protocol's scope in the patient's state).";
            case LICENCE -> "Clinician not licensed in " + moved.getPatientState() + ": " + clinician
                    + " holds no licence there.";
            case RN_SUPERVISION -> "RN supervision: " + clinician + " is a registered nurse and no physician or "
                    + "nurse practitioner is on duty for the whole visit" + (moved.isAssigned() ? " ("
                    + clock.apply(moved.startInstant()) + "-" + clock.apply(moved.endInstant()) + ")" : "")
                    + ": give it to a CRNA, NP or MD, or move it to when an MD or NP works.";
            case START_IN_WINDOW -> moved.isAssigned() && moved.lateSeconds() > 0
                    ? OUTSIDE_WINDOW + ": it would start " + InfusionConstraints.minutes(moved.lateSeconds())
                    + " min after the latest start (" + clock.apply(Instant.ofEpochSecond(moved.getLatestStart())) + ")."
                    : OUTSIDE_WINDOW + " for a later visit: this move makes " + clinician
                    + " arrive at the next home after its window.";
            case SHIFT_END -> "Working hours: " + clinician + "'s day would end after their hours plus the allowed overtime.";
            case DOSE_KITS -> "Dose kits: " + clinician + " has no dose kit left for this visit.";
            case MIN_GAP -> "Too soon after the previous infusion of this series.";
            case MAX_GAP -> "Too long after the previous infusion of this series.";
            case ONE_VISIT_PER_PATIENT_PER_DAY -> "The patient already has a visit that day.";
            case UNREACHABLE_LEG -> "No road: a leg of " + clinician + "'s day cannot be driven.";
            default -> rule.constraintName() + ".";
        };
    }
}
