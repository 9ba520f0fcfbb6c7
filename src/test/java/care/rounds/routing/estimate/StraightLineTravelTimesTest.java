package care.rounds.routing.estimate;

import care.rounds.base.GeoPoint;
import care.rounds.routing.internal.MatrixBlock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StraightLineTravelTimesTest {

    private final StraightLineTravelTimes estimates = new StraightLineTravelTimes(30, 1.3);

    @Test
    void everyAnswerSaysItIsAnEstimate() {
        GeoPoint a = new GeoPoint(33.75, -84.39);
        GeoPoint b = new GeoPoint(33.76, -84.36);

        MatrixBlock matrix = estimates.matrix(List.of(a, b), List.of(a, b));

        assertThat(estimates.map().estimate()).isTrue();
        assertThat(estimates.map().warning()).contains("straight-line estimates").contains("rounds.routing.osm-file");
        assertThat(matrix.estimate()).isTrue();
        assertThat(estimates.shape(a, b).estimate()).isTrue();
        assertThat(matrix.meters(0, 1)).isCloseTo(a.distanceMetersTo(b) * 1.3, within(0.01));
        assertThat(matrix.seconds(0, 1)).isCloseTo(matrix.meters(0, 1) / (30 / 3.6), within(0.01));
        assertThat(matrix.seconds(1, 1)).isZero();
    }
}
