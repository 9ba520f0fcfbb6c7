package care.rounds.routing.internal;

import care.rounds.routing.Routing;
import care.rounds.routing.estimate.StraightLineTravelTimes;
import care.rounds.routing.graphhopper.GraphHopperTravelTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** Chooses the travel-time adapter from the settings and builds the {@link Routing} facade on it. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean(destroyMethod = "close")
    TravelTimes travelTimes(RoutingProperties settings) {
        return travelTimes(settings, ShippedMap.RESOURCE);
    }

    /**
     * @param shippedMap the class-path resource used when no map is configured
     */
    static TravelTimes travelTimes(RoutingProperties settings, String shippedMap) {
        Path osmFile = settings.osmPath().orElse(null);
        if (osmFile == null) {
            osmFile = ShippedMap.extract(shippedMap, settings.cacheDir()).orElse(null);
            if (osmFile != null) {
                log.info("rounds.routing.osm-file is not set: using the demo map of downtown Atlanta shipped with "
                        + "Rounds (OpenStreetMap data, ODbL)");
            }
        }
        if (osmFile == null) {
            StraightLineTravelTimes estimates = new StraightLineTravelTimes(settings.estimateSpeedKmh(),
                    settings.estimateDetourFactor());
            log.warn(estimates.map().warning());
            return estimates;
        }
        return GraphHopperTravelTimes.open(MapFile.of(osmFile, settings.areaName()), settings.cacheDir(),
                settings.maxSnapMeters());
    }

    @Bean
    Routing routing(TravelTimes travelTimes, AddressSearch addressSearch, RoutingProperties settings) {
        return new RoutingService(travelTimes, addressSearch, settings.matrixCachePairs(), settings.shapeCacheSize());
    }

    /** Shown as "routing" on the health endpoint: which map, how big, and whether estimates are used. */
    @Bean
    HealthIndicator routingHealthIndicator(TravelTimes travelTimes) {
        return () -> Health.up().withDetails(travelTimes.details()).build();
    }
}
