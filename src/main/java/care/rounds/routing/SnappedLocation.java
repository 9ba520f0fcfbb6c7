package care.rounds.routing;

import care.rounds.base.GeoPoint;

/**
 * Where a car stops for a location: the nearest point on a drivable road.
 *
 * @param requested          the location as given (a geocoded address, a click on the map)
 * @param onRoad             the point on the road
 * @param snapDistanceMeters how far the road point is from the requested one
 * @param streetName         the road's name, empty when the map does not name it
 * @param roadClass          the OpenStreetMap highway class, such as "residential" or "tertiary";
 *                           empty when unknown (estimates)
 */
public record SnappedLocation(GeoPoint requested, GeoPoint onRoad, double snapDistanceMeters,
                              String streetName, String roadClass) {
}
