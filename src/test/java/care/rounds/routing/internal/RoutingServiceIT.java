package care.rounds.routing.internal;

import care.rounds.base.GeoPoint;
import care.rounds.routing.Leg;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.RouteShape;
import care.rounds.routing.Routing;
import care.rounds.routing.TravelMatrix;
import care.rounds.routing.graphhopper.GraphHopperTravelTimes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The facade on the Atlanta map, without Spring: travel, matrix, shapes and their caches. */
class RoutingServiceIT {

    private static final GeoPoint KING_MEMORIAL = new GeoPoint(33.7497, -84.3756);
    private static final GeoPoint INMAN_PARK = new GeoPoint(33.7575, -84.3530);
    private static final GeoPoint WEST_END = new GeoPoint(33.7540, -84.4170);

    private static GraphHopperTravelTimes roads;
    private static RoutingService routing;

    @BeforeAll
    static void openAtlanta() {
        roads = GraphHopperTravelTimes.open(MapFile.of(Path.of("../shared/maps/atlanta-central.osm.pbf"), null),
                Path.of("target/graphhopper-test"), 300);
        routing = new RoutingService(roads, AddressSearch.NONE, 100_000, 100);
    }

    @AfterAll
    static void close() {
        roads.close();
    }

    @Test
    void mapSaysWhichAreaAndFileWithoutAPath() {
        assertThat(routing.map().areaName()).isEqualTo("Atlanta, GA");
        assertThat(routing.map().osmFile()).isEqualTo("atlanta-central.osm.pbf");
        assertThat(routing.map().estimate()).isFalse();
        assertThat(routing.map().hasWarning()).isFalse();
        assertThat(routing.map().covers(KING_MEMORIAL)).isTrue();
    }

    @Test
    void travelMatchesTheMatrixAndIsARealDrive() {
        Leg leg = routing.travel(KING_MEMORIAL, INMAN_PARK);
        TravelMatrix matrix = routing.matrix(List.of(KING_MEMORIAL, INMAN_PARK, WEST_END));

        assertThat(leg.reachable()).isTrue();
        assertThat(leg.estimate()).isFalse();
        assertThat(leg.seconds()).isEqualTo(matrix.seconds(0, 1));
        assertThat(leg.meters()).isGreaterThan(KING_MEMORIAL.distanceMetersTo(INMAN_PARK));
        assertThat(leg.minutes()).isBetween(2.0, 15.0);
        assertThat(matrix.seconds(2, 1)).isGreaterThan(matrix.seconds(0, 1));
    }

    @Test
    void shapeFollowsTheRoadsAndIsCached() {
        RouteShape shape = routing.shape(WEST_END, INMAN_PARK);

        assertThat(shape.points()).hasSizeGreaterThan(10);
        assertThat(shape.points().get(0).distanceMetersTo(routing.snap(WEST_END).onRoad())).isLessThan(1);
        assertThat(shape.points().get(shape.points().size() - 1).distanceMetersTo(routing.snap(INMAN_PARK).onRoad()))
                .isLessThan(1);
        Leg leg = routing.travel(WEST_END, INMAN_PARK);
        assertThat(shape.seconds()).isCloseTo(leg.seconds(), within(1.0));
        assertThat(shape.meters()).isCloseTo(leg.meters(), within(1.0));
        assertThat(routing.shape(WEST_END, INMAN_PARK)).isSameAs(shape);
    }

    @Test
    void travelToAPlaceOffTheMapSaysWhy() {
        GeoPoint savannah = new GeoPoint(32.08, -81.09);

        assertThatThrownBy(() -> routing.travel(KING_MEMORIAL, savannah))
                .isInstanceOf(LocationNotReachableException.class)
                .hasMessageContaining("outside the area the loaded map covers (Atlanta, GA");
    }

    @Test
    void matrixNamesTheLocationThatCannotBePlacedAndKeepsTheOthers() {
        GeoPoint savannah = new GeoPoint(32.08, -81.09);

        TravelMatrix matrix = routing.matrix(List.of(KING_MEMORIAL, savannah, INMAN_PARK));

        assertThat(matrix.isReachable(0, 2)).isTrue();
        assertThat(matrix.isReachable(0, 1)).isFalse();
        assertThat(matrix.locationProblem(1)).hasValueSatisfying(problem -> assertThat(problem).contains("outside"));
        assertThat(matrix.locationProblem(0)).isEmpty();
    }

    @Test
    void streetNameNearAPoint() {
        GeoPoint onEdgewood = routing.snap(new GeoPoint(33.7545, -84.3760)).onRoad();

        assertThat(routing.streetNameNear(onEdgewood)).contains("Edgewood Avenue Northeast");
        assertThat(routing.streetNameNear(new GeoPoint(10, 10))).isEmpty();
    }
}
