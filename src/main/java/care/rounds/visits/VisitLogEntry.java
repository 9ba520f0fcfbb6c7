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

/** One status change of a visit: to what, when, and by which user. */
@Entity
@Table(name = "visit_log")
public class VisitLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private long visitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected VisitLogEntry() {
    }

    VisitLogEntry(long visitId, VisitStatus status, Instant recordedAt, String recordedBy) {
        this.visitId = visitId;
        this.status = status;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public long getVisitId() {
        return visitId;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
