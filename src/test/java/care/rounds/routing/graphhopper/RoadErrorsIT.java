package care.rounds.routing.graphhopper;

import care.rounds.base.GeoPoint;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.LocationNotReachableException.Problem;
import care.rounds.routing.SnappedLocation;
import care.rounds.routing.internal.MapFile;
import care.rounds.routing.internal.MapNotUsableException;
import care.rounds.routing.internal.MatrixBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Locations and maps the product cannot use, each refused with a sentence a coordinator can act on. */
class RoadErrorsIT {

    /** On the main road network of the Cobb County map (south-west Marietta). */
    private static final GeoPoint MARIETTA_HOME = new GeoPoint(33.8380, -84.6212);
    /** On the small separate road network in the south-east corner of the same map. */
    private static final GeoPoint SEPARATE_CLUSTER_HOME = new GeoPoint(33.7580, -84.4612);

    @Test
    void pointInTheAtlanticIsOutsideTheAreaTheMapCovers() {
        GraphHopperTravelTimes atlanta = RoadMaps.open("atlanta-central");
        GeoPoint atlantic = new GeoPoint(31.5, -75.0);

        assertThatThrownBy(() -> atlanta.snap(atlantic))
                .isInstanceOfSatisfying(LocationNotReachableException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.OUTSIDE_MAP);
                    assertThat(e.getMessage()).startsWith(
                            "This address is outside the area the loaded map covers (Atlanta, GA: latitude 33.7386 to");
                });
    }

    @Test
    void homeTwoKilometersFromAnyRoadIsRefusedWithTheDistance() {
        GraphHopperTravelTimes cobb = RoadMaps.open("cobb-county");
        GeoPoint inTheWoods = new GeoPoint(33.8083, -84.6012);

        assertThatThrownBy(() -> cobb.snap(inTheWoods))
                .isInstanceOfSatisfying(LocationNotReachableException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TOO_FAR_FROM_ROAD);
                    assertThat(e.reason()).isEqualTo(
                            "this address is 1.9 km from the nearest drivable road on the loaded map (Cobb County, GA)");
                });
    }

    @Test
    void homesOnRoadNetworksThatDoNotConnectAreUnreachableNotZeroOrHuge() {
        GraphHopperTravelTimes cobb = RoadMaps.open("cobb-county");

        MatrixBlock matrix = cobb.matrix(List.of(MARIETTA_HOME, SEPARATE_CLUSTER_HOME),
                List.of(MARIETTA_HOME, SEPARATE_CLUSTER_HOME));

        assertThat(matrix.seconds(0, 1)).isNaN();
        assertThat(matrix.seconds(1, 0)).isNaN();
        assertThat(matrix.meters(0, 1)).isNaN();
        assertThat(matrix.seconds(0, 0)).isZero();
        assertThat(cobb.pointToPoint(MARIETTA_HOME, SEPARATE_CLUSTER_HOME).reachable()).isFalse();
        assertThat(cobb.shape(MARIETTA_HOME, SEPARATE_CLUSTER_HOME).reachable()).isFalse();
    }

    @Test
    void homesAreNeverPlacedOnMotorwaysOrTrunkRoads() {
        GraphHopperTravelTimes atlanta = RoadMaps.open("atlanta-central");

        List<SnappedLocation> snapped = RoadMaps.randomHomes(atlanta, 300, 3).stream().map(atlanta::snap).toList();

        assertThat(snapped).extracting(SnappedLocation::roadClass).doesNotContain("motorway", "trunk");
        assertThat(snapped).allSatisfy(home -> assertThat(home.snapDistanceMeters()).isLessThanOrEqualTo(300));
        assertThat(snapped).extracting(SnappedLocation::streetName).contains("Edgewood Avenue Northeast");
    }

    @Test
    void corruptMapFileStopsWithAClearMessage(@TempDir Path folder) throws IOException {
        Path corrupt = folder.resolve("corrupt.osm.pbf");
        Files.write(corrupt, "this is not an OpenStreetMap file, just text that ends up in its place".getBytes());
        Path cache = Path.of("target/graphhopper-corrupt-test");

        assertThatThrownBy(() -> GraphHopperTravelTimes.open(MapFile.of(corrupt, null), cache, 300))
                .isInstanceOf(MapNotUsableException.class)
                .hasMessageStartingWith("The road map corrupt.osm.pbf could not be imported: it is not a readable "
                        + "OpenStreetMap .osm.pbf file")
                .hasMessageContaining("rounds.routing.osm-file");
        try (var left = Files.list(cache)) {
            assertThat(left).as("no half-imported graph left behind to be loaded next time").isEmpty();
        }
    }

    @Test
    void missingMapFileSaysWhereItLooked() {
        assertThatThrownBy(() -> MapFile.of(Path.of("../shared/maps/nowhere.osm.pbf"), null))
                .isInstanceOf(MapNotUsableException.class)
                .hasMessageContaining("nowhere.osm.pbf does not exist");
    }
}
