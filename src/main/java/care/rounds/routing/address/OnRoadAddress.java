package care.rounds.routing.address;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch.Kind;

/** A map address with the point on a drivable road where a car stops for it. */
record OnRoadAddress(Kind kind, String label, String street, String houseNumber, GeoPoint onRoad) {
}
