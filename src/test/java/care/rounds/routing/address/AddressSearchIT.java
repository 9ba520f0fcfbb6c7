package care.rounds.routing.address;

import care.rounds.RoundsIntegrationTest;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.Routing;
import care.rounds.routing.internal.TravelTimes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Offline address search on the Atlanta map, in the running application with its PostgreSQL. */
@RoundsIntegrationTest
class AddressSearchIT {

    @Autowired
    Routing routing;
    @Autowired
    TravelTimes travelTimes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    HealthContributorRegistry health;

    @Test
    void typingEdgewoodFindsEdgewoodAvenueNortheastWithin100Milliseconds() {
        routing.searchAddresses("ed", 5); // the first search may wait for the index to be built

        long start = System.nanoTime();
        List<AddressMatch> matches = routing.searchAddresses("edgewood", 5);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(100);
        assertThat(matches).isNotEmpty();
        AddressMatch best = matches.get(0);
        assertThat(best.street()).isEqualTo("Edgewood Avenue Northeast");
        assertThat(best.label()).startsWith("Edgewood Avenue Northeast");
        assertThat(best.kind()).isEqualTo(AddressMatch.Kind.STREET);
        assertThat(best.source()).isEqualTo(AddressMatch.Source.MAP);
        assertThat(routing.snap(best.onRoad()).snapDistanceMeters()).isLessThan(1);
        assertThat(routing.streetNameNear(best.onRoad())).contains("Edgewood Avenue Northeast");
    }

    @Test
    void partOfEachWordIsEnoughWhileTyping() {
        assertThat(routing.searchAddresses("edgew ave ne", 5)).extracting(AddressMatch::street)
                .contains("Edgewood Avenue Northeast");
        assertThat(routing.searchAddresses("zzzz nowhere", 5)).isEmpty();
        assertThat(routing.searchAddresses("  ", 5)).isEmpty();
    }

    @Test
    void theIndexIsRebuiltOnlyWhenTheMapChecksumChanged() {
        routing.searchAddresses("ed", 1);
        AddressIndex index = new AddressIndex(jdbc, transactions);
        String atlanta = travelTimes.mapFile().orElseThrow().sha256();
        String key = index.indexed().orElseThrow().key();
        assertThat(key).hasSize(64).isNotEqualTo(atlanta); // the map's checksum with the reader's version
        Long firstRow = jdbc.queryForObject("SELECT min(id) FROM routing_address", Long.class);

        new AddressIndexer(index, travelTimes, java.util.Optional.empty(), Clock.systemUTC(), Duration.ofSeconds(5))
                .indexIfMapChanged();

        assertThat(index.indexed().orElseThrow().key()).isEqualTo(key);

        assertThat(jdbc.queryForObject("SELECT min(id) FROM routing_address", Long.class)).isEqualTo(firstRow);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM routing_address WHERE kind = 'STREET'", Integer.class))
                .isGreaterThan(300);
    }

    @Test
    void healthShowsTheMapInUse() {
        HealthIndicator indicator = (HealthIndicator) health.getContributor("routing");

        assertThat(indicator.health().getDetails())
                .containsEntry("mapFile", "atlanta-central.osm.pbf")
                .containsEntry("area", "Atlanta, GA")
                .containsEntry("estimates", false)
                .containsKey("nodes");
    }
}
