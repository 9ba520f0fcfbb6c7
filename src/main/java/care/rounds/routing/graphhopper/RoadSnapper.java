package care.rounds.routing.graphhopper;

import care.rounds.base.GeoPoint;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.LocationNotReachableException.Problem;
import care.rounds.routing.SnappedLocation;
import care.rounds.routing.internal.Distances;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.ev.RoadEnvironment;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.routing.util.SnapPreventionEdgeFilter;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.Helper;
import com.graphhopper.util.shapes.BBox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Places locations on the road network where a car can stop: never on a motorway, trunk road,
 * tunnel, bridge or ferry (a home "next to" the interstate is reached from the street behind it),
 * never on a tiny road fragment GraphHopper found cut off from the rest, and never farther than the
 * maximum snap distance, because GraphHopper itself would snap a point kilometers away without
 * complaint and the planner would believe it.
 */
final class RoadSnapper {

    static final List<String> SNAP_PREVENTIONS = List.of("motorway", "trunk", "tunnel", "bridge", "ferry");
    private static final double METERS_PER_DEGREE = 111_320;

    private final RoadGraph roads;
    private final double maxSnapMeters;
    private final LocationIndex index;
    private final EdgeFilter drivableFilter;
    private final EdgeFilter namedFilter;
    private final EnumEncodedValue<RoadClass> roadClass;

    RoadSnapper(RoadGraph roads, double maxSnapMeters) {
        this.roads = roads;
        this.maxSnapMeters = maxSnapMeters;
        this.index = roads.hopper().getLocationIndex();
        EncodingManager encoding = roads.hopper().getEncodingManager();
        BooleanEncodedValue inSubnetwork = encoding.getBooleanEncodedValue(Subnetwork.key(RoadGraph.PROFILE));
        EdgeFilter routable = new DefaultSnapFilter(roads.weighting(), inSubnetwork);
        this.roadClass = encoding.getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
        this.drivableFilter = new SnapPreventionEdgeFilter(routable, roadClass,
                encoding.getEnumEncodedValue(RoadEnvironment.KEY, RoadEnvironment.class), SNAP_PREVENTIONS);
        this.namedFilter = edge -> routable.accept(edge) && !Helper.isEmpty(edge.getName());
    }

    /**
     * A fresh snap (GraphHopper changes snaps when it builds a query graph from them).
     *
     * @throws LocationNotReachableException when outside the map or too far from a drivable road
     */
    Snap snap(GeoPoint point) {
        if (!withinReach(point)) {
            throw new LocationNotReachableException(point, Problem.OUTSIDE_MAP,
                    "this address is outside the area the loaded map covers (" + areaDescription() + ")");
        }
        Snap snap = index.findClosest(point.latitude(), point.longitude(), drivableFilter);
        if (!snap.isValid()) {
            throw new LocationNotReachableException(point, Problem.TOO_FAR_FROM_ROAD,
                    "this address is more than " + Distances.inWords(maxSnapMeters)
                            + " from any drivable road on the loaded map (" + roads.map().areaName() + ")");
        }
        if (snap.getQueryDistance() > maxSnapMeters) {
            throw new LocationNotReachableException(point, Problem.TOO_FAR_FROM_ROAD,
                    "this address is " + Distances.inWords(snap.getQueryDistance())
                            + " from the nearest drivable road on the loaded map (" + roads.map().areaName() + ")");
        }
        return snap;
    }

    SnappedLocation describe(GeoPoint requested, Snap snap) {
        GeoPoint onRoad = new GeoPoint(snap.getSnappedPoint().getLat(), snap.getSnappedPoint().getLon());
        String name = snap.getClosestEdge().getName();
        return new SnappedLocation(requested, onRoad, snap.getQueryDistance(), name == null ? "" : name,
                snap.getClosestEdge().get(roadClass).toString());
    }

    Optional<String> streetNameNear(GeoPoint point) {
        if (!withinReach(point)) {
            return Optional.empty();
        }
        Snap snap = index.findClosest(point.latitude(), point.longitude(), namedFilter);
        if (!snap.isValid() || snap.getQueryDistance() > maxSnapMeters) {
            return Optional.empty();
        }
        return Optional.of(snap.getClosestEdge().getName());
    }

    /** Inside the map's box, widened by the snap distance so that roads along its edge still count. */
    private boolean withinReach(GeoPoint point) {
        BBox box = roads.bounds();
        double marginLat = maxSnapMeters / METERS_PER_DEGREE;
        double marginLon = maxSnapMeters / (METERS_PER_DEGREE * Math.cos(Math.toRadians(point.latitude())));
        return point.latitude() >= box.minLat - marginLat && point.latitude() <= box.maxLat + marginLat
                && point.longitude() >= box.minLon - marginLon && point.longitude() <= box.maxLon + marginLon;
    }

    private String areaDescription() {
        BBox box = roads.bounds();
        return String.format(Locale.ROOT, "%s: latitude %.4f to %.4f, longitude %.4f to %.4f",
                roads.map().areaName(), box.minLat, box.maxLat, box.minLon, box.maxLon);
    }
}
