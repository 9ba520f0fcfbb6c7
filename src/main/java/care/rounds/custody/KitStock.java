package care.rounds.custody;

import java.math.BigDecimal;

/**
 * A kit and where it is now.
 *
 * @param lastSignOut null if never signed out
 * @param heldMg      what the kit holds in the safe (its contents, or what came back last time); zero if
 *                    lost (a missing return resolved)
 */
public record KitStock(Kit kit, KitDay lastSignOut, BigDecimal heldMg) {

    public boolean isOut() {
        return lastSignOut != null && lastSignOut.isOut() && !isWrittenOff();
    }

    /** Never came back and the manager resolved that: it is gone. */
    public boolean isWrittenOff() {
        return lastSignOut != null && lastSignOut.isOut() && lastSignOut.discrepancies().stream()
                .anyMatch(d -> d.kind() == DiscrepancyKind.MISSING_RETURN && !d.isOpen());
    }

    public boolean isAvailable() {
        return !isOut() && heldMg.signum() > 0;
    }

    static KitStock of(Kit kit, KitDay last) {
        BigDecimal held = last == null ? kit.getContentsMg()
                : last.returned() != null ? last.returned() : BigDecimal.ZERO;
        return new KitStock(kit, last, held);
    }
}
