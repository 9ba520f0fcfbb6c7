package care.rounds.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One kit signed out to one clinician for one day, reconciled: signed out = given + wasted + returned.
 *
 * @param returned null while the kit is still out
 * @param dayOver  whether the day has ended (a missing return or witness counts from then on)
 */
public record KitDay(long signOutId, long kitId, long clinicianId, LocalDate day, Instant signedOutAt,
                     String signedBy, BigDecimal signedOut, BigDecimal given, BigDecimal wasted, BigDecimal returned,
                     Instant returnedAt, boolean dayOver, List<KitUse> uses, List<Discrepancy> discrepancies) {

    public boolean isOut() {
        return returned == null;
    }

    /** What the kit should hold now: signed out less given and wasted. */
    public BigDecimal remaining() {
        return signedOut.subtract(given).subtract(wasted);
    }

    public List<Discrepancy> openDiscrepancies() {
        return discrepancies.stream().filter(Discrepancy::isOpen).toList();
    }

    /** Returned, every waste witnessed, and the amounts add up. */
    public boolean isBalanced() {
        return returned != null && discrepancies.isEmpty() && uses.stream().noneMatch(KitUse::needsWitness);
    }

    /** In words for the manager: "Balanced", "Out", "2 discrepancies", "Resolved". */
    public String status() {
        int open = openDiscrepancies().size();
        if (open > 0) {
            return open == 1 ? "1 discrepancy" : open + " discrepancies";
        }
        if (!discrepancies.isEmpty()) {
            return "Resolved";
        }
        if (isBalanced()) {
            return "Balanced";
        }
        if (isOut()) {
            return "Out";
        }
        return "Waiting for a witness";
    }
}
