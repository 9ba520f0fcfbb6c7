package care.rounds.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One planning run, kept after it ends: who or what started it and why, which days, when it ran, and what
 * it did in the clinic's words (visits placed, unassigned and moved, patients to call, minutes of driving).
 */
@Entity
@Table(name = "planner_run")
public class PlannerRun {

    /** Where a run is. A run left queued or running when the application stopped is interrupted. */
    public enum State { QUEUED, RUNNING, SAVED, FAILED, INTERRUPTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "trigger_text", nullable = false)
    private String trigger;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "day_count", nullable = false)
    private int dayCount;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.QUEUED;

    @Column(name = "visits_planned")
    private Integer visitsPlanned;

    @Column(name = "visits_unassigned")
    private Integer visitsUnassigned;

    @Column(name = "visits_moved")
    private Integer visitsMoved;

    @Column(name = "patients_to_call")
    private Integer patientsToCall;

    @Column(name = "drive_minutes")
    private Integer driveMinutes;

    @Column(name = "rules_broken")
    private Integer rulesBroken;

    private String summary;

    protected PlannerRun() {
    }

    PlannerRun(String startedBy, String trigger, LocalDate firstDay, int dayCount, Instant queuedAt) {
        this.startedBy = startedBy;
        this.trigger = trigger.length() > 200 ? trigger.substring(0, 200) : trigger;
        this.firstDay = firstDay;
        this.dayCount = dayCount;
        this.queuedAt = queuedAt;
    }

    void started(Instant at) {
        state = State.RUNNING;
        startedAt = at;
    }

    void saved(Instant at, PlanFigures figures, int moved) {
        state = State.SAVED;
        endedAt = at;
        visitsPlanned = figures.visitsPlanned();
        visitsUnassigned = figures.visitsUnassigned();
        visitsMoved = moved;
        patientsToCall = figures.patientsToCall();
        driveMinutes = (int) figures.driveMinutes();
        rulesBroken = figures.rulesBroken().size();
        String words = figures.inWords() + ", " + PlanFigures.count(moved, "visit") + " moved";
        summary = words.length() > 500 ? words.substring(0, 500) : words;
    }

    void ended(State how, Instant at, String why) {
        state = how;
        endedAt = at;
        summary = why;
    }

    /** True when this run's days and the other days share at least one day. */
    boolean overlaps(LocalDate otherFirst, int otherCount) {
        return firstDay.isBefore(otherFirst.plusDays(otherCount)) && otherFirst.isBefore(firstDay.plusDays(dayCount));
    }

    public Long getId() {
        return id;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getTrigger() {
        return trigger;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public int getDayCount() {
        return dayCount;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public State getState() {
        return state;
    }

    public Integer getVisitsPlanned() {
        return visitsPlanned;
    }

    public Integer getVisitsUnassigned() {
        return visitsUnassigned;
    }

    public Integer getVisitsMoved() {
        return visitsMoved;
    }

    public Integer getPatientsToCall() {
        return patientsToCall;
    }

    public Integer getDriveMinutes() {
        return driveMinutes;
    }

    public Integer getRulesBroken() {
        return rulesBroken;
    }

    public String getSummary() {
        return summary;
    }
}
