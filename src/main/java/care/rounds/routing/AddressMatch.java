package care.rounds.routing;

import care.rounds.base.GeoPoint;

/**
 * One answer to an address search.
 *
 * @param label    what the user sees, such as "Edgewood Avenue Northeast" or "123 North High Street"
 * @param onRoad   a point on a drivable road at that address or street
 * @param kind     whether it is a whole street or one house
 * @param source   where the answer came from
 */
public record AddressMatch(String label, GeoPoint onRoad, Kind kind, Source source) {

    public enum Kind { STREET, HOUSE, PLACE }

    public enum Source {
        /** The address index built from the loaded map file. */
        MAP,
        /** The external geocoder configured with {@code rounds.routing.geocoder-url}. */
        GEOCODER
    }
}
