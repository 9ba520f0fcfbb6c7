package care.rounds.routing.internal;

import care.rounds.routing.AddressMatch;

import java.util.List;

/** Finds addresses by the text typed so far; answers carry a point on a drivable road. */
public interface AddressSearch {

    List<AddressMatch> search(String text, int limit);

    /** For a map without an address index (no database in plain tests, or indexing switched off). */
    AddressSearch NONE = (text, limit) -> List.of();
}
