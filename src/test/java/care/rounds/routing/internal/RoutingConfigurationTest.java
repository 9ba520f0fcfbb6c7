package care.rounds.routing.internal;

import care.rounds.base.GeoPoint;
import care.rounds.routing.Leg;
import care.rounds.routing.Routing;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingConfigurationTest {

    private static final String NO_SHIPPED_MAP = "maps/no-such-map.osm.pbf";

    @Test
    void withoutAnyMapItStartsWithEstimatesThatSaySo() {
        try (TravelTimes estimates = RoutingConfiguration.travelTimes(RoutingProperties.defaults(), NO_SHIPPED_MAP)) {
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
    void withNoSettingItPlansOnTheAtlantaMapShippedInsideTheApplication() throws Exception {
        Path cache = Path.of("target/graphhopper-shipped-map-test");
        RoutingProperties settings = new RoutingProperties(null, null, cache, 300, null, true, null, 1000, 10, 30, 1.3);

        try (TravelTimes roads = RoutingConfiguration.travelTimes(settings, ShippedMap.RESOURCE)) {
            Routing routing = new RoutingService(roads, AddressSearch.NONE, 1000, 10);

            assertThat(routing.map().estimate()).isFalse();
            assertThat(routing.map().hasWarning()).isFalse();
            assertThat(routing.map().osmFile()).isEqualTo("atlanta-central.osm.pbf");
            assertThat(routing.map().areaName()).isEqualTo("Atlanta, GA");
            assertThat(roads.mapFile().orElseThrow().path()).startsWith(cache);
            assertThat(roads.mapFile().orElseThrow().sha256())
                    .isEqualTo("692393062d1fd583fae490cee0ef8a89bf60f789ac2ff7517e885213ada5f02a");
            Leg leg = routing.travel(new GeoPoint(33.7545, -84.3800), new GeoPoint(33.7490, -84.3880));
            assertThat(leg.estimate()).isFalse();
            assertThat(leg.reachable()).isTrue();
        }
    }

    @Test
    void theShippedMapCarriesItsOpenStreetMapCredit() throws Exception {
        try (var readme = ShippedMap.class.getClassLoader().getResourceAsStream("maps/README.md")) {
            assertThat(readme).isNotNull();
            assertThat(new String(readme.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("(c) OpenStreetMap contributors").contains("ODbL");
        }
    }

    @Test
    void aConfiguredMapThatIsMissingStopsTheStartInsteadOfEstimatingQuietly() {
        RoutingProperties settings = new RoutingProperties("maps/georgia.osm.pbf", null,
                Path.of("target/graphhopper-test"), 300, null, true, null, 1000, 10, 30, 1.3);

        assertThatThrownBy(() -> RoutingConfiguration.travelTimes(settings, NO_SHIPPED_MAP))
                .isInstanceOf(MapNotUsableException.class)
                .hasMessageContaining("georgia.osm.pbf does not exist");
    }
}
