package care.rounds.custody;

import java.time.Instant;

/**
 * Something wrong with a kit's day, shown to the manager until resolved with a reason.
 *
 * @param subjectEntryId the sign-out (missing return, mismatch) or the use (unwitnessed waste) concerned
 * @param resolution null while open
 */
public record Discrepancy(DiscrepancyKind kind, long signOutId, long subjectEntryId, String description,
                          Resolution resolution) {

    public boolean isOpen() {
        return resolution == null;
    }

    /** The manager's resolution: a new entry with the reason. */
    public record Resolution(String reason, String by, Instant at) {
    }
}
