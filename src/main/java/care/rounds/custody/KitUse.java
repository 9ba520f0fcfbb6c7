package care.rounds.custody;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one visit took from a kit, as it stands after any correction, and who witnessed the waste.
 *
 * @param witnessedBy the second licensed user who confirmed the waste; null while nobody has
 */
public record KitUse(long entryId, long signOutId, long visitId, BigDecimal given, BigDecimal wasted, Instant at,
                     String recordedBy, String witnessedBy, Instant witnessedAt, boolean corrected) {

    public boolean needsWitness() {
        return wasted.signum() > 0 && witnessedBy == null;
    }
}
