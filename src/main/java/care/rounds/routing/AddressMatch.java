package care.rounds.routing;

import care.rounds.base.GeoPoint;

/**
 * One answer to an address search.
 *
 * @param label       what the user sees, such as "410 Edgewood Avenue Northeast, Atlanta 30312"
 * @param onRoad      a point on a drivable road at that address or street
 * @param kind        whether it is a whole street or one house
 * @param source      where the answer came from
 * @param houseNumber the house number; on a {@link Kind#STREET} it is the number the user typed for a
 *                    house the map does not know (the pin is then on the street, not at the door)
 * @param street      the street's name; empty for a geocoder's place
 * @param unit        apartment or suite, where the source gives one
 * @param city        the town; for map addresses without their own, the nearest town of the map
 * @param postcode    the postcode (ZIP), where known
 */
public record AddressMatch(String label, GeoPoint onRoad, Kind kind, Source source, String houseNumber,
                           String street, String unit, String city, String postcode) {

    public enum Kind { STREET, HOUSE, PLACE }

    public enum Source {
        /** The address index built from the loaded map file (and an address-points file). */
        MAP,
        /** The external geocoder configured with {@code rounds.routing.geocoder-url}. */
        GEOCODER
    }

    /** An answer known only by its label, such as a geocoder's place. */
    public AddressMatch(String label, GeoPoint onRoad, Kind kind, Source source) {
        this(label, onRoad, kind, source, "", "", "", "", "");
    }

    /** The typed house number is kept, but the map does not know that house: the pin is on the street. */
    public boolean numberNotOnMap() {
        return kind == Kind.STREET && !houseNumber.isEmpty();
    }
}
