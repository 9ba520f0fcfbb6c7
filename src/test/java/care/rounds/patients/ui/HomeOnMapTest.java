package care.rounds.patients.ui;

import care.rounds.base.GeoPoint;
import care.rounds.base.Place;
import care.rounds.base.ui.AddressField;
import care.rounds.routing.Leg;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.LocationNotReachableException.Problem;
import care.rounds.routing.MapInfo;
import care.rounds.routing.RouteShape;
import care.rounds.routing.Routing;
import care.rounds.routing.SnappedLocation;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.TravelMatrix;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the coordinator reads when a dropped pin is too far from any drivable road. */
class HomeOnMapTest {

    private static final GeoPoint HOME = new GeoPoint(33.7490, -84.3880);
    private static final GeoPoint IN_THE_PARK = new GeoPoint(33.7600, -84.3700);

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void noVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aPointFarFromAnyRoadIsRefusedWithTheDistanceAndTheNearestStreet() {
        AddressField home = new AddressField("Home address", (text, limit) -> List.of());
        HomeOnMap onMap = new HomeOnMap(home, new ParkRouting(), null);
        home.setValue(new Place("12 Example Street NE, Atlanta, GA", HOME));
        assertThat(onMap.map.getLocationMarker()).contains(HOME);

        onMap.dropped(IN_THE_PARK);

        assertThat(onMap.message.getText()).isEqualTo("This point is 1.2 km from the nearest drivable road on the "
                + "loaded map (Atlanta, GA); place the home on a street. The nearest street is Boulevard NE.");
        assertThat(onMap.map.getLocationMarker()).contains(HOME);
        assertThat(home.getValue().location()).isEqualTo(HOME);
    }

    @Test
    void aPointNearARoadMovesThePinAndTheAddressFieldsPoint() {
        AddressField home = new AddressField("Home address", (text, limit) -> List.of());
        HomeOnMap onMap = new HomeOnMap(home, new ParkRouting(), null);
        home.setValue(new Place("12 Example Street NE, Atlanta, GA", HOME));
        GeoPoint door = new GeoPoint(33.7492, -84.3882);

        onMap.dropped(door);

        assertThat(onMap.message.getText()).isEqualTo("Home placed on Example St NE (28 m from where you dropped the pin). "
                + "Save to keep it.");
        assertThat(home.getValue()).isEqualTo(new Place("12 Example Street NE, Atlanta, GA", new GeoPoint(33.7494, -84.3884)));
        assertThat(onMap.map.getLocationMarker()).contains(new GeoPoint(33.7494, -84.3884));
    }

    /** A road network with a park at {@link #IN_THE_PARK}. */
    private static class ParkRouting implements Routing {

        @Override
        public SnappedLocation snap(GeoPoint point) {
            if (point.equals(IN_THE_PARK)) {
                throw new LocationNotReachableException(point, Problem.TOO_FAR_FROM_ROAD,
                        "this address is 1.2 km from the nearest drivable road on the loaded map (Atlanta, GA)");
            }
            return new SnappedLocation(point, new GeoPoint(33.7494, -84.3884), 28.2, "Example St NE", "residential");
        }

        @Override
        public Optional<String> streetNameNear(GeoPoint point) {
            return Optional.of("Boulevard NE");
        }

        @Override
        public MapInfo map() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Leg travel(GeoPoint from, GeoPoint to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TravelMatrix matrix(List<GeoPoint> locations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RouteShape shape(GeoPoint from, GeoPoint to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AddressMatch> searchAddresses(String text, int limit) {
            return List.of();
        }
    }
}
