package care.rounds.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of a visit's history: what happened, when, who did it (a user, or the planner with the run
 * that decided), the visit before and after, and why. {@code what}, {@code before} and {@code after}
 * name times, clinicians and statuses, never the patient, so the history can be shown wherever the visit is.
 */
@Entity
@Table(name = "visit_change")
public class VisitChange {

    /** Who made a change: a person, the planner, or the product itself (the demo's set-up). */
    public enum Actor { USER, PLANNER, SYSTEM }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private long visitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitChangeKind kind;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    private Actor actor = Actor.USER;

    @Column(name = "planner_run_id")
    private Long plannerRunId;

    @Column(nullable = false)
    private String what;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    /** The status the visit reached, for status reports; null for other changes. */
    @Enumerated(EnumType.STRING)
    private VisitStatus status;

    private String reason;

    protected VisitChange() {
    }

    VisitChange(long visitId, VisitChangeKind kind, Instant changedAt, String changedBy, Actor actor,
                Long plannerRunId, String before, String after, String reason) {
        this.visitId = visitId;
        this.kind = kind;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.actor = actor;
        this.plannerRunId = plannerRunId;
        this.before = cut(before, 300);
        this.after = cut(after, 300);
        this.what = cut(before == null || before.equals(after) ? after : before + " → " + after, 500);
        this.reason = reason;
    }

    VisitChange withStatus(VisitStatus status) {
        this.status = status;
        return this;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public long getVisitId() {
        return visitId;
    }

    public VisitChangeKind getKind() {
        return kind;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Actor getActor() {
        return actor;
    }

    public Long getPlannerRunId() {
        return plannerRunId;
    }

    public String getWhat() {
        return what;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }
}
