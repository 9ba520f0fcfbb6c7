package care.rounds.planning;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the planner's hard rules are law or patient safety (no one may override them, by hand or by a
 * weight of 0) and which are timing (the office may make an exception with a reason).
 */
public final class ClinicalRuleKinds {

    /** Credential and per-state scope, licence, RN supervision, dose kits, one visit per patient per day, a road for every leg. */
    public static final Set<PlanningConstraint> LEGAL_AND_SAFETY = EnumSet.of(
            PlanningConstraint.CREDENTIAL,
            PlanningConstraint.LICENCE,
            PlanningConstraint.RN_SUPERVISION,
            PlanningConstraint.DOSE_KITS,
            PlanningConstraint.ONE_VISIT_PER_PATIENT_PER_DAY,
            PlanningConstraint.UNREACHABLE_LEG);

    /** The patient's window, the gaps between infusions of a series, the clinician's working hours. */
    public static final Set<PlanningConstraint> TIMING = EnumSet.of(
            PlanningConstraint.START_IN_WINDOW,
            PlanningConstraint.MIN_GAP,
            PlanningConstraint.MAX_GAP,
            PlanningConstraint.SHIFT_END);

    /** Key of the overlap rule (structural in the planner's model: one clinician's visits follow each other). */
    public static final String OVERLAP = "overlap";

    /** Key of the rule that the clinician works that day at all. */
    public static final String WORKING_DAY = "working-day";

    /** Key of the rule that a visit starts within the clinician's working hours. */
    public static final String WORKING_HOURS = "working-hours";

    private ClinicalRuleKinds() {
    }

    public static boolean isLegalOrSafety(PlanningConstraint constraint) {
        return LEGAL_AND_SAFETY.contains(constraint);
    }
}
