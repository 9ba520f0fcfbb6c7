package care.rounds.routing.address;

import care.rounds.base.GeoPoint;

/** A map address with the point on a drivable road where a car stops for it. */
record OnRoadAddress(MapAddress address, GeoPoint onRoad) {
}
