package care.rounds.routing.internal;

import care.rounds.routing.AddressMatch;

import java.util.List;

/** Finds addresses by the text typed so far; answers carry a point on a drivable road. */
public interface AddressSearch {

    List<AddressMatch> search(String text, int limit);

    /** The 5-digit ZIP codes of the indexed addresses; empty without an index. */
    default java.util.Set<String> zipCodes() {
        return java.util.Set.of();
    }

    /** For a map without an address index (no database in plain tests, or indexing switched off). */
    AddressSearch NONE = (text, limit) -> List.of();
}
