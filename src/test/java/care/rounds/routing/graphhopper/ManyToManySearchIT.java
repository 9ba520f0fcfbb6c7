package care.rounds.routing.graphhopper;

import care.rounds.base.GeoPoint;
import care.rounds.routing.Leg;
import care.rounds.routing.internal.MatrixBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The many-to-many search must give exactly what GraphHopper's own point-to-point routes give:
 * same reachability, time within 1 s, distance within 1 m, on random homes of each map.
 */
class ManyToManySearchIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"atlanta-central, 0", "cobb-county, 100", "columbus, 0"})
    void matrixAgreesWithGraphHoppersOwnRoutes(String map, int minimumUnreachablePairs) {
        GraphHopperTravelTimes roads = RoadMaps.open(map);
        List<GeoPoint> sources = RoadMaps.randomHomes(roads, 40, 1);
        List<GeoPoint> targets = RoadMaps.randomHomes(roads, 40, 2);
        assertAgreement(map, roads, sources, targets, minimumUnreachablePairs);
    }

    /** Next-door homes often snap onto the same road segment: the search must not detour via its ends. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"atlanta-central", "columbus"})
    void nextDoorHomesAgreeToo(String map) {
        GraphHopperTravelTimes roads = RoadMaps.open(map);
        List<GeoPoint> street = new ArrayList<>();
        for (GeoPoint home : RoadMaps.randomHomes(roads, 40, 3)) {
            street.add(home);
            for (GeoPoint neighbour : List.of(new GeoPoint(home.latitude() + 0.0002, home.longitude() + 0.0001),
                    new GeoPoint(home.latitude() - 0.0001, home.longitude() - 0.0002))) {
                if (canSnap(roads, neighbour)) {
                    street.add(neighbour);
                }
            }
        }
        assertAgreement(map, roads, street.subList(0, 32), street.subList(0, 32), 0);
    }

    private static boolean canSnap(GraphHopperTravelTimes roads, GeoPoint home) {
        try {
            roads.snap(home);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void assertAgreement(String map, GraphHopperTravelTimes roads, List<GeoPoint> sources,
                                        List<GeoPoint> targets, int minimumUnreachablePairs) {
        MatrixBlock matrix = roads.matrix(sources, targets);

        List<String> disagreements = new ArrayList<>();
        int unreachable = 0;
        for (int s = 0; s < sources.size(); s++) {
            for (int t = 0; t < targets.size(); t++) {
                Leg reference = roads.pointToPoint(sources.get(s), targets.get(t));
                double seconds = matrix.seconds(s, t);
                double meters = matrix.meters(s, t);
                if (!reference.reachable()) {
                    unreachable++;
                }
                boolean agrees = reference.reachable()
                        ? Math.abs(seconds - reference.seconds()) <= 1 && Math.abs(meters - reference.meters()) <= 1
                        : Double.isNaN(seconds) && Double.isNaN(meters);
                if (!agrees) {
                    disagreements.add(sources.get(s) + " -> " + targets.get(t) + ": matrix " + seconds + " s "
                            + meters + " m, GraphHopper " + reference);
                }
            }
        }
        System.out.printf("%s: %d pairs, %d without a route%n", map, sources.size() * targets.size(), unreachable);
        assertThat(sources.size() * targets.size()).isGreaterThanOrEqualTo(1000);
        assertThat(disagreements).as("pairs where the matrix and GraphHopper disagree").isEmpty();
        assertThat(unreachable).as("pairs with no route").isGreaterThanOrEqualTo(minimumUnreachablePairs);
    }
}
