package care.rounds.visits;

import java.time.Instant;

/** One status report of a visit, as read from its history: to what, when, and by which user. */
public final class VisitLogEntry {

    private final long visitId;
    private final VisitStatus status;
    private final Instant recordedAt;
    private final String recordedBy;

    VisitLogEntry(VisitChange change) {
        this.visitId = change.getVisitId();
        this.status = change.getStatus();
        this.recordedAt = change.getChangedAt();
        this.recordedBy = change.getChangedBy();
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
