package care.rounds.routing.internal;

import care.rounds.base.GeoPoint;
import care.rounds.routing.MapInfo;
import care.rounds.routing.RouteShape;
import care.rounds.routing.SnappedLocation;
import care.rounds.routing.TravelMatrix;
import care.rounds.routing.estimate.StraightLineTravelTimes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TravelMatrixCacheTest {

    private final CountingTravelTimes engine = new CountingTravelTimes();

    @Test
    void addingOneLocationToKnownOnesComputesOnlyItsRowAndColumn() {
        TravelMatrixCache cache = new TravelMatrixCache(1_000_000);
        List<GeoPoint> homes = homes(10);
        cache.matrix(homes, engine);
        engine.requests.clear();

        List<GeoPoint> withNewHome = new ArrayList<>(homes);
        withNewHome.add(new GeoPoint(33.80, -84.30));
        TravelMatrix matrix = cache.matrix(withNewHome, engine);

        assertThat(engine.requests).containsExactly("1x11", "10x1");
        TravelMatrix direct = new TravelMatrixCache(1_000_000).matrix(withNewHome, engine);
        for (int from = 0; from < 11; from++) {
            for (int to = 0; to < 11; to++) {
                assertThat(matrix.seconds(from, to)).isCloseTo(direct.seconds(from, to), within(0.01));
                assertThat(matrix.meters(from, to)).isCloseTo(direct.meters(from, to), within(0.01));
            }
        }
    }

    @Test
    void aKnownSetInAnotherOrderIsNotComputedAgain() {
        TravelMatrixCache cache = new TravelMatrixCache(1_000_000);
        List<GeoPoint> homes = homes(6);
        TravelMatrix first = cache.matrix(homes, engine);
        engine.requests.clear();

        List<GeoPoint> reversedOrder = new ArrayList<>(homes);
        java.util.Collections.reverse(reversedOrder);
        TravelMatrix reversed = cache.matrix(reversedOrder, engine);

        assertThat(engine.requests).isEmpty();
        assertThat(reversed.seconds(0, 5)).isEqualTo(first.seconds(5, 0));
    }

    @Test
    void pairsWithoutARouteStayUnreachableThroughTheCache() {
        engine.unreachable = new GeoPoint(33.70, -84.50);
        TravelMatrixCache cache = new TravelMatrixCache(1_000_000);
        List<GeoPoint> homes = List.of(new GeoPoint(33.75, -84.39), engine.unreachable);

        TravelMatrix matrix = cache.matrix(homes, engine);

        assertThat(matrix.isReachable(0, 1)).isFalse();
        assertThat(matrix.isReachable(1, 0)).isFalse();
        assertThat(matrix.isReachable(0, 0)).isTrue();
        assertThat(matrix.unreachablePairs()).isEqualTo(2);
        assertThat(matrix.secondsOr(0, 1, -1)).isEqualTo(-1);
        assertThatThrownBy(() -> matrix.seconds(0, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No road leads from location 0");
    }

    @Test
    void startsOverInsteadOfGrowingPastItsLimit() {
        TravelMatrixCache cache = new TravelMatrixCache(150);
        cache.matrix(homes(10), engine);
        assertThat(cache.size()).isEqualTo(100);

        cache.matrix(homes(10).stream().map(h -> new GeoPoint(h.latitude() + 0.1, h.longitude())).toList(), engine);

        assertThat(cache.size()).isEqualTo(100);
    }

    private static List<GeoPoint> homes(int count) {
        return IntStream.range(0, count).mapToObj(i -> new GeoPoint(33.74 + i * 0.003, -84.40 + i * 0.002)).toList();
    }

    /** Straight lines, recording the size of every matrix asked for. */
    private static final class CountingTravelTimes implements TravelTimes {
        private final StraightLineTravelTimes lines = new StraightLineTravelTimes(30, 1.3);
        private final List<String> requests = new ArrayList<>();
        private GeoPoint unreachable;

        @Override
        public MatrixBlock matrix(List<GeoPoint> sources, List<GeoPoint> targets) {
            requests.add(sources.size() + "x" + targets.size());
            MatrixBlock block = lines.matrix(sources, targets);
            for (int s = 0; s < sources.size(); s++) {
                for (int t = 0; t < targets.size(); t++) {
                    if (!sources.get(s).equals(targets.get(t))
                            && (sources.get(s).equals(unreachable) || targets.get(t).equals(unreachable))) {
                        block.seconds()[s * targets.size() + t] = Double.NaN;
                        block.meters()[s * targets.size() + t] = Double.NaN;
                    }
                }
            }
            return block;
        }

        @Override
        public MapInfo map() {
            return lines.map();
        }

        @Override
        public Optional<MapFile> mapFile() {
            return Optional.empty();
        }

        @Override
        public SnappedLocation snap(GeoPoint point) {
            return lines.snap(point);
        }

        @Override
        public RouteShape shape(GeoPoint from, GeoPoint to) {
            return lines.shape(from, to);
        }

        @Override
        public Optional<String> streetNameNear(GeoPoint point) {
            return Optional.empty();
        }

        @Override
        public Map<String, Object> details() {
            return Map.of();
        }

        @Override
        public void close() {
        }
    }
}
