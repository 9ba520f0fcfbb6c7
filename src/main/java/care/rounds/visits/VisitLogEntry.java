package care.rounds.visits;

import java.time.Instant;

/** One status report of a visit, as read from its history: to what, when, and by which user. */
public final class VisitLogEntry {

    private final long visitId;
    private final VisitStatus status;
    private final Instant recordedAt;
    private final String recordedBy;
    private final boolean correction;

    VisitLogEntry(VisitChange change) {
        this.visitId = change.getVisitId();
        this.status = change.getStatus();
        this.recordedAt = change.getChangedAt();
        this.recordedBy = change.getChangedBy();
        this.correction = change.getKind() == VisitChangeKind.STATUS_UNDONE;
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

    /** An undo: the status the visit went back to, not a step reached. */
    public boolean isCorrection() {
        return correction;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
