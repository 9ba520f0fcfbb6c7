package care.rounds.routing;

import care.rounds.base.GeoPoint;
import care.rounds.base.Place;
import care.rounds.base.PostalAddress;

import java.util.List;
import java.util.Optional;

/**
 * Road travel between clinicians' bases and patients' homes: the one entry point other modules use.
 * <p>
 * With a road map loaded every answer follows the roads a car may drive; without one, answers are
 * straight-line estimates and say so ({@code estimate()} on each result and {@link MapInfo#warning()}).
 * Locations off the road network are first moved onto the nearest drivable road that is not a
 * motorway, trunk road, tunnel, bridge or ferry; a location too far from any such road, or outside
 * the map, raises {@link LocationNotReachableException} with a sentence a coordinator can act on.
 * All methods are safe to call from several threads.
 */
public interface Routing {

    /** Which map answers, and whether answers are estimates. */
    MapInfo map();

    /**
     * The point on a drivable road a car would stop at for this location.
     *
     * @throws LocationNotReachableException when the location is outside the map or farther than the
     *                                       maximum snap distance from a drivable road
     */
    SnappedLocation snap(GeoPoint point);

    /**
     * Driving time and distance from one location to another. Two locations on road networks that do
     * not connect give a {@link Leg} that is not {@linkplain Leg#reachable() reachable}.
     *
     * @throws LocationNotReachableException when either location cannot be placed on a road
     */
    Leg travel(GeoPoint from, GeoPoint to);

    /**
     * Driving times and distances between every ordered pair of the given locations (row = from,
     * column = to). A location that cannot be placed on a road does not fail the whole matrix: its
     * pairs are unreachable and {@link TravelMatrix#locationProblem(int)} says why. Pairs already
     * computed for earlier calls are reused, so adding one location to a known set costs one row and
     * one column.
     */
    TravelMatrix matrix(List<GeoPoint> locations);

    /**
     * The road shape of the drive from one location to another, for drawing on the board.
     *
     * @throws LocationNotReachableException when either location cannot be placed on a road
     */
    RouteShape shape(GeoPoint from, GeoPoint to);

    /**
     * Addresses and streets matching what the user typed so far, best first, each with a point on a
     * drivable road. Works offline from the loaded map; an external geocoder adds results when one is
     * configured.
     *
     * @throws care.rounds.base.AddressSearchUnavailableException when the configured geocoder does not
     *         answer and the loaded map has no match either
     */
    List<AddressMatch> searchAddresses(String text, int limit);

    /**
     * {@link #searchAddresses} as places for address fields: the label, the point on the road and the
     * address's parts (state left empty: the map does not say it).
     */
    default List<Place> searchPlaces(String text, int limit) {
        return searchAddresses(text, limit).stream().map(match -> new Place(match.label(), match.onRoad(),
                match.street().isEmpty() ? null : new PostalAddress(match.houseNumber(), match.street(), match.unit(),
                        match.city(), "", match.postcode()), match.numberNotOnMap())).toList();
    }

    /**
     * The 5-digit ZIP codes of the map's addresses (from the offline address index): the map's region in
     * ZIP codes. Empty when the map has no address index or its addresses carry no postcode.
     */
    default java.util.Set<String> mapZipCodes() {
        return java.util.Set.of();
    }

    /** The name of the street nearest to a point, if the map names one nearby. */
    Optional<String> streetNameNear(GeoPoint point);
}
