package care.rounds.routing.address;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch;

/**
 * A street or a house address read from the map file or an address-points file, at its place on the
 * map (not yet on a road). Parts the source does not know are empty, never null.
 *
 * @param houseNumber empty for a whole street
 * @param city        the town the address lies in: its own tag, else the nearest place on the map
 */
record MapAddress(AddressMatch.Kind kind, String houseNumber, String street, String unit, String city,
                  String postcode, GeoPoint location) {

    MapAddress {
        houseNumber = clean(houseNumber);
        street = clean(street);
        unit = clean(unit);
        city = clean(city);
        postcode = clean(postcode);
    }

    String label(AddressNames names) {
        return names.label(houseNumber, street, unit, city, postcode);
    }

    MapAddress inTown(String town, String townPostcode) {
        return new MapAddress(kind, houseNumber, street, unit, city.isEmpty() ? town : city,
                postcode.isEmpty() ? townPostcode : postcode, location);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
