package care.rounds.routing.address;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch;

/**
 * A street or a house address read from the map file, at its place on the map (not yet on a road).
 *
 * @param houseNumber empty for a whole street
 */
record MapAddress(AddressMatch.Kind kind, String label, String street, String houseNumber, GeoPoint location) {
}
