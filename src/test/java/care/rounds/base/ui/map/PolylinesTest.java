package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolylinesTest {

    @Test
    void pointsOnAStraightStreetAreDroppedAndTheEndsKept() {
        List<GeoPoint> street = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            street.add(new GeoPoint(33.75, -84.39 + i * 0.0001));
        }
        assertThat(Polylines.simplified(street, Polylines.SCREEN_TOLERANCE_DEGREES))
                .containsExactly(street.get(0), street.get(100));
    }

    @Test
    void aCornerStays() {
        GeoPoint start = new GeoPoint(33.75, -84.39);
        GeoPoint corner = new GeoPoint(33.75, -84.38);
        GeoPoint end = new GeoPoint(33.76, -84.38);
        GeoPoint onTheWay = new GeoPoint(33.75, -84.385);
        assertThat(Polylines.simplified(List.of(start, onTheWay, corner, end), Polylines.SCREEN_TOLERANCE_DEGREES))
                .containsExactly(start, corner, end);
    }

    @Test
    void aBendSmallerThanAMetreIsSmoothedButALargerOneIsNot() {
        GeoPoint start = new GeoPoint(33.75, -84.39);
        GeoPoint end = new GeoPoint(33.75, -84.38);
        GeoPoint halfAMetreOff = new GeoPoint(33.750004, -84.385);
        GeoPoint tenMetresOff = new GeoPoint(33.75009, -84.385);
        assertThat(Polylines.simplified(List.of(start, halfAMetreOff, end), Polylines.SCREEN_TOLERANCE_DEGREES))
                .containsExactly(start, end);
        assertThat(Polylines.simplified(List.of(start, tenMetresOff, end), Polylines.SCREEN_TOLERANCE_DEGREES))
                .containsExactly(start, tenMetresOff, end);
    }
}
