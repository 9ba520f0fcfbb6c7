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
 * One change the office made to a visit: what, when, by whom and why. {@code what} names times and
 * clinicians, never the patient, so the history can be shown wherever the visit is.
 */
@Entity
@Table(name = "visit_change")
public class VisitChange {

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

    @Column(nullable = false)
    private String what;

    private String reason;

    protected VisitChange() {
    }

    VisitChange(long visitId, VisitChangeKind kind, Instant changedAt, String changedBy, String what, String reason) {
        this.visitId = visitId;
        this.kind = kind;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.what = what.length() > 500 ? what.substring(0, 500) : what;
        this.reason = reason;
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

    public String getWhat() {
        return what;
    }

    public String getReason() {
        return reason;
    }
}
