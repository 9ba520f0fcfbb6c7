package care.rounds.dispatch.ui;

import java.util.Optional;

/** The ids a visit has on the timeline and on the map: the same on both, so one selection shows on both. */
final class Selection {

    private static final String VISIT = "visit-";

    private Selection() {
    }

    static String ofVisit(long visitId) {
        return VISIT + visitId;
    }

    static Optional<Long> visitId(String itemId) {
        if (itemId == null || !itemId.startsWith(VISIT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(itemId.substring(VISIT.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
