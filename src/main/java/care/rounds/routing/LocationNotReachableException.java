package care.rounds.routing;

import care.rounds.base.GeoPoint;

/**
 * A location cannot be placed on the road network, so no drive to or from it can be planned.
 * {@link #getMessage()} is a sentence for the coordinator; {@link #reason()} is the same without
 * capital and full stop, to put after "Cannot place this patient: ".
 */
public class LocationNotReachableException extends RuntimeException {

    public enum Problem {
        /** The location lies outside the area the loaded map covers. */
        OUTSIDE_MAP,
        /** The nearest drivable road is farther than the maximum snap distance. */
        TOO_FAR_FROM_ROAD
    }

    private final transient GeoPoint location;
    private final Problem problem;
    private final String reason;

    public LocationNotReachableException(GeoPoint location, Problem problem, String reason) {
        super(Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
        this.location = location;
        this.problem = problem;
        this.reason = reason;
    }

    public GeoPoint location() {
        return location;
    }

    public Problem problem() {
        return problem;
    }

    /** The sentence in lower case without a full stop, e.g. "this address is 1.9 km from the nearest ...". */
    public String reason() {
        return reason;
    }
}
