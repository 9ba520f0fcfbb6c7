package care.rounds.custody;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily reconciliation of one sign-out from its ledger entries alone: the latest correction of an
 * entry stands for it; signed out must equal given + wasted + returned; a kit not returned or a waste not
 * witnessed by the end of the day is a discrepancy; a resolution entry clears the discrepancy it names.
 */
final class Reconciliation {

    private Reconciliation() {
    }

    /**
     * @param entries every entry of one sign-out, the sign-out itself included, in any order
     * @param dayOver whether the sign-out's day has ended
     */
    static KitDay of(List<CustodyEntry> entries, boolean dayOver) {
        List<CustodyEntry> ordered = entries.stream().sorted(Comparator.comparing(CustodyEntry::getId)).toList();
        CustodyEntry signOut = ordered.stream().filter(e -> e.getKind() == EntryKind.SIGNED_OUT).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sign-out among the entries"));
        Map<Long, CustodyEntry> latestCorrection = new HashMap<>();
        Map<Long, CustodyEntry> witness = new HashMap<>();
        Map<String, CustodyEntry> resolutions = new HashMap<>();
        for (CustodyEntry entry : ordered) {
            switch (entry.getKind()) {
                case CORRECTED -> latestCorrection.put(entry.getRefersTo(), entry);
                case WITNESSED -> witness.putIfAbsent(entry.getRefersTo(), entry);
                case RESOLVED -> resolutions.putIfAbsent(entry.getDiscrepancy() + "#" + entry.getRefersTo(), entry);
                default -> { }
            }
        }
        BigDecimal signedOut = mg(signOut, latestCorrection);
        List<KitUse> uses = new ArrayList<>();
        CustodyEntry lastReturn = null;
        for (CustodyEntry entry : ordered) {
            if (entry.getKind() == EntryKind.USED) {
                CustodyEntry fix = latestCorrection.get(entry.getId());
                CustodyEntry seen = witness.get(entry.getId());
                uses.add(new KitUse(entry.getId(), signOut.getId(), entry.getVisitId(), mg(entry, latestCorrection),
                        fix == null ? entry.getMgWasted() : fix.getMgWasted(), entry.getAt(), entry.getRecordedBy(),
                        seen == null ? null : seen.getRecordedBy(), seen == null ? null : seen.getAt(), fix != null));
            } else if (entry.getKind() == EntryKind.RETURNED) {
                lastReturn = entry;
            }
        }
        BigDecimal given = uses.stream().map(KitUse::given).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal wasted = uses.stream().map(KitUse::wasted).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal returned = lastReturn == null ? null : mg(lastReturn, latestCorrection);

        List<Discrepancy> discrepancies = new ArrayList<>();
        long id = signOut.getId();
        if (returned == null && dayOver) {
            discrepancies.add(discrepancy(DiscrepancyKind.MISSING_RETURN, id, id, "Not returned at the end of the day: "
                    + plain(signedOut.subtract(given).subtract(wasted)) + " mg should have come back.", resolutions));
        }
        for (KitUse use : uses) {
            if (use.needsWitness() && dayOver) {
                discrepancies.add(discrepancy(DiscrepancyKind.UNWITNESSED_WASTE, id, use.entryId(), plain(use.wasted())
                        + " mg wasted at visit " + use.visitId() + " with nobody's witness.", resolutions));
            }
        }
        if (returned != null) {
            BigDecimal accounted = given.add(wasted).add(returned);
            int difference = signedOut.compareTo(accounted);
            if (difference != 0) {
                String gap = difference > 0 ? plain(signedOut.subtract(accounted)) + " mg unaccounted for"
                        : plain(accounted.subtract(signedOut)) + " mg more than was signed out";
                discrepancies.add(discrepancy(DiscrepancyKind.MISMATCH, id, id, "Signed out " + plain(signedOut)
                        + " mg; given " + plain(given) + " + wasted " + plain(wasted) + " + returned " + plain(returned)
                        + " = " + plain(accounted) + " mg: " + gap + ".", resolutions));
            }
        }
        return new KitDay(id, signOut.getKitId(), signOut.getClinicianId(), signOut.getDay(), signOut.getAt(),
                signOut.getRecordedBy(), signedOut, given, wasted, returned,
                lastReturn == null ? null : lastReturn.getAt(), dayOver, List.copyOf(uses), List.copyOf(discrepancies));
    }

    private static BigDecimal mg(CustodyEntry entry, Map<Long, CustodyEntry> latestCorrection) {
        CustodyEntry fix = latestCorrection.get(entry.getId());
        return fix == null ? entry.getMg() : fix.getMg();
    }

    private static Discrepancy discrepancy(DiscrepancyKind kind, long signOutId, long subject, String text,
                                           Map<String, CustodyEntry> resolutions) {
        CustodyEntry resolution = resolutions.get(kind + "#" + subject);
        return new Discrepancy(kind, signOutId, subject, text, resolution == null ? null
                : new Discrepancy.Resolution(resolution.getReason(), resolution.getRecordedBy(), resolution.getAt()));
    }

    /** 12.50 -> "12.5", 200.00 -> "200". */
    static String plain(BigDecimal mg) {
        BigDecimal stripped = mg.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
