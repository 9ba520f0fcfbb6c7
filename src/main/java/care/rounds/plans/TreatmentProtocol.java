package care.rounds.plans;

import care.rounds.clinicians.Credential;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A physician's standing order for a series: how many infusions, how long each visit is, how far
 * apart consecutive infusions must be, and who may give them. A booked plan keeps the rules it was
 * booked with: {@link ProtocolService} retires a protocol under a dated name rather than change the rules
 * that plans already follow.
 */
@Entity
@Table(name = "treatment_protocol")
public class TreatmentProtocol {

    /** What the protocols screen accepts for one visit, vitals to the end of monitoring. */
    public static final int MIN_VISIT_MINUTES = 30;
    public static final int MAX_VISIT_MINUTES = 300;
    public static final int MAX_INFUSIONS = 50;
    /** domain.md: vitals and IV placement, 0.5 mg/kg over 40 minutes, monitoring 30-60 minutes. */
    public static final int DEFAULT_SETUP_MINUTES = 20;
    public static final int DEFAULT_INFUSION_MINUTES = 40;
    public static final int DEFAULT_MIN_MONITORING_MINUTES = 30;
    public static final int MAX_PART_MINUTES = 240;
    /** Boosters follow every 4-6 weeks (domain.md): the window's default, days after the last infusion. */
    public static final int DEFAULT_BOOSTER_MIN_DAYS = 28;
    public static final int DEFAULT_BOOSTER_MAX_DAYS = 42;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "infusion_count", nullable = false)
    private int infusionCount;

    @Column(name = "first_visit_minutes", nullable = false)
    private int firstVisitMinutes;

    @Column(name = "later_visit_minutes", nullable = false)
    private int laterVisitMinutes;

    @Column(name = "min_hours_between", nullable = false)
    private int minHoursBetween;

    @Column(name = "max_hours_between", nullable = false)
    private int maxHoursBetween;

    @Column(nullable = false)
    private boolean active = true;

    /** Vitals and IV placement before the infusion (V40). */
    @Column(name = "setup_minutes", nullable = false)
    private int setupMinutes = DEFAULT_SETUP_MINUTES;

    @Column(name = "infusion_minutes", nullable = false)
    private int infusionMinutes = DEFAULT_INFUSION_MINUTES;

    /** The least monitoring after the infusion, until back to baseline; Done earlier asks for a reason. */
    @Column(name = "min_monitoring_minutes", nullable = false)
    private int minMonitoringMinutes = DEFAULT_MIN_MONITORING_MINUTES;

    /** Infusion series or the in-home assessment (migration V16); set only by the migration. */
    @Column(insertable = false, updatable = false)
    private String kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "treatment_protocol_credential", joinColumns = @JoinColumn(name = "protocol_id"))
    @Column(name = "credential")
    @Enumerated(EnumType.STRING)
    private Set<Credential> credentialsAllowed = EnumSet.noneOf(Credential.class);

    /** States where registered nurses may give it; RN in {@link #credentialsAllowed} counts only there. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "treatment_protocol_rn_state", joinColumns = @JoinColumn(name = "protocol_id"))
    @Column(name = "state", columnDefinition = "bpchar(2)")
    private Set<String> rnStates = new TreeSet<>();

    /** The protocol a booster after this one is booked with; null when no booster follows. */
    @Column(name = "booster_protocol_id")
    private Long boosterProtocolId;

    @Column(name = "booster_after_min_days", nullable = false)
    private int boosterAfterMinDays = DEFAULT_BOOSTER_MIN_DAYS;

    @Column(name = "booster_after_max_days", nullable = false)
    private int boosterAfterMaxDays = DEFAULT_BOOSTER_MAX_DAYS;

    /** Hours before the visit from which the patient eats no solid food; null: no fasting rule. */
    @Column(name = "fasting_food_hours")
    private Integer fastingFoodHours;

    /** Hours before the visit from which the patient drinks nothing, not even clear liquids; null: no rule. */
    @Column(name = "fasting_clear_liquid_hours")
    private Integer fastingClearLiquidHours;

    @Version
    private long version;

    protected TreatmentProtocol() {
    }

    public TreatmentProtocol(String name, int infusionCount, int firstVisitMinutes, int laterVisitMinutes,
                             int minHoursBetween, int maxHoursBetween, Set<Credential> credentialsAllowed) {
        this.name = name;
        this.infusionCount = infusionCount;
        this.firstVisitMinutes = firstVisitMinutes;
        this.laterVisitMinutes = laterVisitMinutes;
        this.minHoursBetween = minHoursBetween;
        this.maxHoursBetween = maxHoursBetween;
        this.credentialsAllowed = EnumSet.copyOf(credentialsAllowed);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getInfusionCount() {
        return infusionCount;
    }

    public int getFirstVisitMinutes() {
        return firstVisitMinutes;
    }

    public int getLaterVisitMinutes() {
        return laterVisitMinutes;
    }

    /** Minutes of the visit with this sequence number (1 = first): the first one is longer. */
    public int visitMinutes(int sequenceNumber) {
        return sequenceNumber == 1 ? firstVisitMinutes : laterVisitMinutes;
    }

    public int getMinHoursBetween() {
        return minHoursBetween;
    }

    public int getMaxHoursBetween() {
        return maxHoursBetween;
    }

    public int getSetupMinutes() {
        return setupMinutes;
    }

    public int getInfusionMinutes() {
        return infusionMinutes;
    }

    public int getMinMonitoringMinutes() {
        return minMonitoringMinutes;
    }

    public void setSetupMinutes(int setupMinutes) {
        this.setupMinutes = setupMinutes;
    }

    public void setInfusionMinutes(int infusionMinutes) {
        this.infusionMinutes = infusionMinutes;
    }

    public void setMinMonitoringMinutes(int minMonitoringMinutes) {
        this.minMonitoringMinutes = minMonitoringMinutes;
    }

    /** The shortest visit this protocol allows: setup, the infusion and the least monitoring. */
    public int shortestVisitMinutes() {
        return setupMinutes + infusionMinutes + minMonitoringMinutes;
    }

    /**
     * Why a visit of this length is too short for this protocol, in the clinic's words; empty when it covers
     * setup, the infusion and the least monitoring.
     */
    public java.util.Optional<String> tooShort(String whichVisit, int minutes) {
        if (minutes >= shortestVisitMinutes()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(whichVisit + " " + minutes + " minutes is too short: it must cover setup ("
                + setupMinutes + " min), the infusion (" + infusionMinutes + " min) and the least monitoring ("
                + minMonitoringMinutes + " min), " + shortestVisitMinutes() + " minutes in all.");
    }

    public boolean isActive() {
        return active;
    }

    /** The in-home assessment a consultation may book: one visit, no infusion, no dose kit. */
    public boolean isAssessment() {
        return "ASSESSMENT".equals(kind);
    }

    public Set<Credential> getCredentialsAllowed() {
        return credentialsAllowed;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public void setInfusionCount(int infusionCount) {
        this.infusionCount = infusionCount;
    }

    public void setFirstVisitMinutes(int firstVisitMinutes) {
        this.firstVisitMinutes = firstVisitMinutes;
    }

    public void setLaterVisitMinutes(int laterVisitMinutes) {
        this.laterVisitMinutes = laterVisitMinutes;
    }

    public void setMinHoursBetween(int minHoursBetween) {
        this.minHoursBetween = minHoursBetween;
    }

    public void setMaxHoursBetween(int maxHoursBetween) {
        this.maxHoursBetween = maxHoursBetween;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setCredentialsAllowed(Set<Credential> credentialsAllowed) {
        this.credentialsAllowed = credentialsAllowed.isEmpty() ? EnumSet.noneOf(Credential.class)
                : EnumSet.copyOf(credentialsAllowed);
    }

    /**
     * Who may give this protocol to a patient in this state: the credentials allowed, registered nurses only
     * where the protocol lists the state (they then also need a supervising MD or NP on duty, a planner rule).
     */
    public Set<Credential> credentialsIn(String state) {
        EnumSet<Credential> allowed = credentialsAllowed.isEmpty() ? EnumSet.noneOf(Credential.class)
                : EnumSet.copyOf(credentialsAllowed);
        if (!rnStates.contains(state)) {
            allowed.remove(Credential.RN);
        }
        return allowed;
    }

    public Set<String> getRnStates() {
        return rnStates;
    }

    public void setRnStates(Set<String> states) {
        this.rnStates = new TreeSet<>(states);
    }

    public Long getBoosterProtocolId() {
        return boosterProtocolId;
    }

    public void setBoosterProtocolId(Long boosterProtocolId) {
        this.boosterProtocolId = boosterProtocolId;
    }

    public int getBoosterAfterMinDays() {
        return boosterAfterMinDays;
    }

    public void setBoosterAfterMinDays(int days) {
        this.boosterAfterMinDays = days;
    }

    public int getBoosterAfterMaxDays() {
        return boosterAfterMaxDays;
    }

    public void setBoosterAfterMaxDays(int days) {
        this.boosterAfterMaxDays = days;
    }

    public long getVersion() {
        return version;
    }

    public Integer getFastingFoodHours() {
        return fastingFoodHours;
    }

    public void setFastingFoodHours(Integer hours) {
        this.fastingFoodHours = hours;
    }

    public Integer getFastingClearLiquidHours() {
        return fastingClearLiquidHours;
    }

    public void setFastingClearLiquidHours(Integer hours) {
        this.fastingClearLiquidHours = hours;
    }

    /** What is wrong with this protocol, in the manager's words; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("Enter a name.");
        }
        if (infusionCount < 1 || infusionCount > MAX_INFUSIONS) {
            problems.add("Between 1 and " + MAX_INFUSIONS + " infusions.");
        }
        if (!isVisitLength(firstVisitMinutes) || !isVisitLength(laterVisitMinutes)) {
            problems.add("Visits last between " + MIN_VISIT_MINUTES + " and " + MAX_VISIT_MINUTES + " minutes.");
        }
        if (!isPart(setupMinutes) || !isPart(infusionMinutes) || !isPart(minMonitoringMinutes)) {
            problems.add("Setup, infusion and monitoring each take between 0 and " + MAX_PART_MINUTES + " minutes.");
        } else if (isVisitLength(firstVisitMinutes) && isVisitLength(laterVisitMinutes)) {
            tooShort("A first visit of", firstVisitMinutes).ifPresent(problems::add);
            tooShort("A later visit of", laterVisitMinutes).ifPresent(problems::add);
        }
        if (minHoursBetween < 0 || maxHoursBetween < minHoursBetween) {
            problems.add("The least hours between infusions must not be more than the most.");
        }
        if (credentialsAllowed.isEmpty()) {
            problems.add("Choose at least one credential that may give it.");
        }
        if (credentialsAllowed.contains(Credential.RN) && rnStates.isEmpty()) {
            problems.add("List the states where registered nurses may give it, or untick RN.");
        }
        if (boosterAfterMinDays < 1 || boosterAfterMaxDays < boosterAfterMinDays) {
            problems.add("The booster window must start at least a day after the last infusion and end after it starts.");
        }
        if (!isFastingHours(fastingFoodHours) || !isFastingHours(fastingClearLiquidHours)) {
            problems.add("Fasting hours are between 0 and 24, or empty for no fasting rule.");
        }
        return problems;
    }

    public static boolean isPart(int minutes) {
        return minutes >= 0 && minutes <= MAX_PART_MINUTES;
    }

    /** Empty (no rule) or 0 to 24 hours before the visit. */
    public static boolean isFastingHours(Integer hours) {
        return hours == null || (hours >= 0 && hours <= 24);
    }

    public static boolean isVisitLength(int minutes) {
        return minutes >= MIN_VISIT_MINUTES && minutes <= MAX_VISIT_MINUTES;
    }
}
