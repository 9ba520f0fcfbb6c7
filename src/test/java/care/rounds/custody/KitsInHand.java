package care.rounds.custody;

import java.math.BigDecimal;

/** For tests of the clinician's day: a kit signed out to the signed-in clinician today, holding enough. */
public final class KitsInHand {

    private KitsInHand() {
    }

    /** One of her kits out today with at least {@code mg} left, or one from the safe signed out now. */
    public static KitDay aKitHolding(KitCustody custody, BigDecimal mg) {
        return custody.myKitsToday().stream().filter(KitDay::isOut).filter(d -> d.remaining().compareTo(mg) >= 0)
                .findFirst()
                .orElseGet(() -> custody.signOut(custody.availableKits().stream()
                        .filter(k -> k.heldMg().compareTo(mg) >= 0).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No kit in the safe holds " + mg + " mg"))
                        .kit().getId()));
    }
}
