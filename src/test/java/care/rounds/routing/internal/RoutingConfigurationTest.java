package care.rounds.routing.internal;

import care.rounds.base.GeoPoint;
import care.rounds.routing.Leg;
import care.rounds.routing.Routing;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingConfigurationTest {

    private static final Path NO_DEVELOPMENT_MAP = Path.of("target/no-such-map.osm.pbf");

    @Test
    void withoutAnyMapItStartsWithEstimatesThatSaySo() {
        try (TravelTimes estimates = RoutingConfiguration.travelTimes(RoutingProperties.defaults(), NO_DEVELOPMENT_MAP)) {
            Routing routing = new RoutingService(estimates, AddressSearch.NONE, 1000, 10);

            Leg leg = routing.travel(new GeoPoint(33.75, -84.39), new GeoPoint(33.76, -84.36));

            assertThat(routing.map().estimate()).isTrue();
            assertThat(routing.map().warning()).startsWith("No road map is loaded");
            assertThat(leg.estimate()).isTrue();
            assertThat(leg.reachable()).isTrue();
            assertThat(routing.matrix(java.util.List.of(new GeoPoint(33.75, -84.39))).estimate()).isTrue();
        }
    }

    @Test
    void aConfiguredMapThatIsMissingStopsTheStartInsteadOfEstimatingQuietly() {
        RoutingProperties settings = new RoutingProperties(Path.of("maps/georgia.osm.pbf"), null,
                Path.of("target/graphhopper-test"), 300, null, true, 1000, 10, 30, 1.3);

        assertThatThrownBy(() -> RoutingConfiguration.travelTimes(settings, NO_DEVELOPMENT_MAP))
                .isInstanceOf(MapNotUsableException.class)
                .hasMessageContaining("georgia.osm.pbf does not exist");
    }
}
