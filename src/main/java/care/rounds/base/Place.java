package care.rounds.base;

/**
 * An address as the user sees it, with its point on the road network (null while not found on the map).
 */
public record Place(String address, GeoPoint location) {

    public boolean isOnMap() {
        return location != null;
    }
}
