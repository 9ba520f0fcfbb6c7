package care.rounds.base;

/**
 * An address as the user sees it, with its point on the road network (null while not found on the map).
 *
 * @param postal         the address's parts where the search knows them (house number, street, town,
 *                       postcode), null when only the label is known
 * @param onStreetOnly   the typed house number is not on the map: the point is on the street, not at the door
 */
public record Place(String address, GeoPoint location, PostalAddress postal, boolean onStreetOnly) {

    public Place(String address, GeoPoint location) {
        this(address, location, null, false);
    }

    public boolean isOnMap() {
        return location != null;
    }
}
