package care.rounds.visits;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.Credential;
import care.rounds.plans.TreatmentPlan;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One infusion at the patient's home: a window the patient can do, a duration (vitals to the end of
 * monitoring, all one clinician's time), the credentials that may give it, and once planned, the
 * clinician and the planned start and end.
 */
@Entity
@Table(name = "infusion_visit")
public class InfusionVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "plan_id")
    private TreatmentPlan plan;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(name = "earliest_start", nullable = false)
    private Instant earliestStart;

    @Column(name = "latest_start", nullable = false)
    private Instant latestStart;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "infusion_visit_credential", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "credential")
    @Enumerated(EnumType.STRING)
    private Set<Credential> credentialsAllowed = EnumSet.noneOf(Credential.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status = VisitStatus.UNSCHEDULED;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    @Column(name = "planned_start")
    private Instant plannedStart;

    @Column(name = "planned_end")
    private Instant plannedEnd;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "timing_exception")
    private String timingException;

    /** Who the clinician confirmed on arrival as the responsible adult at home (V41); null until then. */
    @Column(name = "adult_confirmed")
    private String adultConfirmed;

    /** Why the visit ended before the protocol's least monitoring, for the office (V41); null when it did not. */
    @Column(name = "ended_early")
    private String endedEarly;

    @Column(name = "rule_flag")
    private String ruleFlag;

    @Column(name = "told_start")
    private Instant toldStart;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "told_clinician_id")
    private Clinician toldClinician;

    @Column(name = "told_at")
    private Instant toldAt;

    @Version
    private long version;

    protected InfusionVisit() {
    }

    InfusionVisit(TreatmentPlan plan, int sequenceNumber, Instant earliestStart, Instant latestStart,
                         int durationMinutes, Set<Credential> credentialsAllowed) {
        if (latestStart.isBefore(earliestStart)) {
            throw new IllegalArgumentException("A visit's latest start cannot be before its earliest start.");
        }
        this.plan = plan;
        this.sequenceNumber = sequenceNumber;
        this.earliestStart = earliestStart;
        this.latestStart = latestStart;
        this.durationMinutes = durationMinutes;
        this.credentialsAllowed = EnumSet.copyOf(credentialsAllowed);
    }

    public Long getId() {
        return id;
    }

    public TreatmentPlan getPlan() {
        return plan;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public Instant getEarliestStart() {
        return earliestStart;
    }

    public Instant getLatestStart() {
        return latestStart;
    }

    void setWindow(Instant earliestStart, Instant latestStart) {
        if (latestStart.isBefore(earliestStart)) {
            throw new IllegalArgumentException("The window must not end before it starts.");
        }
        this.earliestStart = earliestStart;
        this.latestStart = latestStart;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Duration getDuration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Set<Credential> getCredentialsAllowed() {
        return credentialsAllowed;
    }

    public VisitStatus getStatus() {
        return status;
    }

    void setStatus(VisitStatus status) {
        this.status = status;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public Instant getPlannedStart() {
        return plannedStart;
    }

    public Instant getPlannedEnd() {
        return plannedEnd;
    }

    /** Plans the visit: this clinician, starting then. */
    void assign(Clinician clinician, Instant start) {
        boolean samePlace = this.clinician != null && this.clinician.getId().equals(clinician.getId())
                && start.equals(this.plannedStart);
        if (!samePlace) {
            this.timingException = null; // an exception holds for the place it was made for
        }
        this.clinician = clinician;
        this.plannedStart = start;
        this.plannedEnd = start.plus(getDuration());
        if (status == VisitStatus.UNSCHEDULED) {
            status = VisitStatus.SCHEDULED;
        }
    }

    /** Takes the visit off any route; it waits for the planner again. */
    void unassign() {
        this.clinician = null;
        this.plannedStart = null;
        this.plannedEnd = null;
        this.timingException = null;
        if (status == VisitStatus.SCHEDULED) {
            status = VisitStatus.UNSCHEDULED;
        }
    }

    /**
     * The timing rule the office made an exception to for this visit as it is placed now, with the reason
     * ("Outside the patient's window: ... Exception: patient asked for 7:30"); null when none.
     */
    public String getTimingException() {
        return timingException;
    }

    void exceptTiming(String exception) {
        this.timingException = exception == null || exception.length() <= 1200 ? exception
                : exception.substring(0, 1199) + "…";
    }

    public String getAdultConfirmed() {
        return adultConfirmed;
    }

    void confirmAdult(String who) {
        this.adultConfirmed = who;
    }

    /** Why Done came before the least monitoring ("Done after 12 of 30 min monitoring: ..."); null when it did not. */
    public String getEndedEarly() {
        return endedEarly;
    }

    void endEarly(String why) {
        this.endedEarly = why == null || why.length() <= 1200 ? why : why.substring(0, 1199) + "…";
    }

    /**
     * The clinic rule this pinned visit was found breaking when checked again (after a roster, protocol or
     * address change, or before a planning run), with the call to make; null when the last check found none.
     */
    public String getRuleFlag() {
        return ruleFlag;
    }

    void flagRules(String words) {
        this.ruleFlag = words == null || words.length() <= 1200 ? words : words.substring(0, 1199) + "…";
    }

    public boolean isPinned() {
        return pinned;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /** The start the patient was last told; null when nothing was communicated yet. */
    public Instant getToldStart() {
        return toldStart;
    }

    /** The clinician the patient was last told would come; null when nothing was communicated yet. */
    public Clinician getToldClinician() {
        return toldClinician;
    }

    public Instant getToldAt() {
        return toldAt;
    }

    public boolean wasTold() {
        return toldStart != null;
    }

    /** The patient now knows the visit as it is planned (or, when it is not planned, knows nothing). */
    void told(Instant at) {
        this.toldStart = plannedStart;
        this.toldClinician = plannedStart == null ? null : clinician;
        this.toldAt = plannedStart == null ? null : at;
    }

    /** Sets what the patient was told outright: restoring a record, or forgetting it (all null). */
    void toldAs(Instant start, Clinician clinician, Instant at) {
        this.toldStart = start;
        this.toldClinician = clinician;
        this.toldAt = at;
    }

    /**
     * The visit is not where the patient was told: another clinician, a start moved by more than the
     * tolerance, or no longer on anyone's route. Closed visits are never "moved".
     */
    public boolean movedSinceTold(java.time.Duration tolerance) {
        if (toldStart == null || status.isClosed()) {
            return false;
        }
        if (clinician == null || plannedStart == null) {
            return true;
        }
        return !clinician.getId().equals(toldClinician == null ? null : toldClinician.getId())
                || Duration.between(toldStart, plannedStart).abs().compareTo(tolerance) > 0;
    }

    public long getVersion() {
        return version;
    }
}
