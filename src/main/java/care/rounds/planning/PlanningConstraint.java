package care.rounds.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every constraint of the clinic's schedule in one place: its name (what score analysis shows),
 * the key of its weight setting ({@code rounds.planning.weights.<key>}), its level, its default
 * weight and what one unit of its match weight means. Hard rules counted per visit, kit, pair or
 * leg weigh 60, as much as an hour's lateness, so the solver never trades one for a few minutes. {@link InfusionConstraints} scores with these
 * and {@link PlannerWeights} overrides them; the constraint table in docs/planner.md lists them.
 */
public enum PlanningConstraint {

    CREDENTIAL("credential", "Clinician holds the credential the visit needs", Level.HARD, 60,
            "per visit given by a clinician whose credential the visit does not allow"),
    LICENCE("licence", "Clinician is licensed in the patient's state", Level.HARD, 60,
            "per visit in a state where the clinician holds no licence"),
    RN_SUPERVISION("rn-supervision", "An MD or NP is on duty for every RN-given infusion", Level.HARD, 60,
            "per visit given by a registered nurse while no physician or nurse practitioner is on duty (working "
                    + "hours covering the whole visit, vitals to the end of monitoring) to be reached"),
    START_IN_WINDOW("start-in-window", "Infusion starts inside its window", Level.HARD, 1,
            "per minute the infusion starts after the window's latest start (an early arrival waits)"),
    SHIFT_END("shift-end", "Day ends within the shift plus allowed overtime", Level.HARD, 1,
            "per minute the drive home ends after the shift's end plus its allowed overtime"),
    DOSE_KITS("dose-kits", "Enough dose kits for the day", Level.HARD, 60,
            "per dose kit needed beyond the kits the clinician carries that day"),
    MIN_GAP("min-gap", "Infusions of a plan not too close together", Level.HARD, 1,
            "per minute short of the plan's minimum gap between consecutive infusions (start to start)"),
    MAX_GAP("max-gap", "Infusions of a plan not too far apart", Level.HARD, 1,
            "per minute beyond the plan's maximum gap between consecutive infusions (start to start)"),
    ONE_VISIT_PER_PATIENT_PER_DAY("one-visit-per-patient-per-day", "At most one visit per patient per day",
            Level.HARD, 60, "per pair of visits of one patient on the same day"),
    UNREACHABLE_LEG("unreachable-leg", "Every leg of the day's drive has a road", Level.HARD, 60,
            "per leg (home, visits, home) between locations with no route"),
    UNASSIGNED("unassigned", "Visit is assigned", Level.MEDIUM, 1,
            "per unassigned visit times its priority: next due infusion of a running series 10, "
                    + "first infusion of a series 8, later infusions 3"),
    STABILITY("stability", "Patients keep the time and clinician they were told", Level.SOFT, 100_000,
            "per visit whose patient was told a clinician and time that the plan changes (another clinician, "
                    + "a start moved beyond rounds.visits.told-tolerance-minutes, default 15, or no place): worth "
                    + "more than 27 hours of driving, so only placing an unassigned visit or keeping a hard rule moves a told patient"),
    DRIVE_TIME("drive-time", "Short total drive time", Level.SOFT, 1,
            "per second of driving, home to home"),
    DRIVE_DISTANCE("drive-distance", "Short total drive distance", Level.SOFT, 0,
            "per meter driven, home to home; off for the clinic (it weighs time), on in Solomon mode (distance is its objective)"),
    CONTINUITY("continuity", "Few clinicians per treatment plan", Level.SOFT, 1800,
            "per clinician beyond the first who gives infusions of one plan"),
    PREFERRED_CLINICIAN("preferred-clinician", "Patient's preferred clinician", Level.SOFT, 900,
            "per visit not given by the patient's preferred clinician"),
    PREFERRED_TIME("preferred-time", "Patient's preferred time of day", Level.SOFT, 30,
            "per minute the start is outside the patient's preferred time"),
    OVERTIME("overtime", "Little overtime", Level.SOFT, 120,
            "per minute the day ends after the shift's end (within the allowed overtime)"),
    FAIR_WORKLOAD("fair-workload", "Fair workload across clinicians", Level.SOFT, 10,
            "per minute of unfairness (Timefold load balance) of the visit minutes per clinician over the horizon"),
    EARLIER_START("earlier-start", "Earlier rather than later", Level.SOFT, 1,
            "per minute the infusion starts after its window opens");

    /** The score level a constraint weighs on. */
    public enum Level { HARD, MEDIUM, SOFT }

    private final String key;
    private final String constraintName;
    private final Level level;
    private final long defaultWeight;
    private final String meaning;

    PlanningConstraint(String key, String constraintName, Level level, long defaultWeight, String meaning) {
        this.key = key;
        this.constraintName = constraintName;
        this.level = level;
        this.defaultWeight = defaultWeight;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public String constraintName() {
        return constraintName;
    }

    public Level level() {
        return level;
    }

    public long defaultWeightValue() {
        return defaultWeight;
    }

    public String meaning() {
        return meaning;
    }

    public HardMediumSoftLongScore defaultWeight() {
        return weight(defaultWeight);
    }

    /** The given number as a score on this constraint's level. */
    public HardMediumSoftLongScore weight(long value) {
        return switch (level) {
            case HARD -> HardMediumSoftLongScore.ofHard(value);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(value);
            case SOFT -> HardMediumSoftLongScore.ofSoft(value);
        };
    }

    public static Optional<PlanningConstraint> byKey(String key) {
        return Arrays.stream(values()).filter(constraint -> constraint.key.equals(key)).findFirst();
    }
}
