package care.rounds.routing.address;

import care.rounds.routing.internal.AddressSearch;
import care.rounds.routing.internal.RoutingProperties;
import care.rounds.routing.internal.TravelTimes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Address search: the offline index in PostgreSQL (unless switched off) and the optional geocoder. */
@Configuration(proxyBeanMethods = false)
class AddressConfiguration {

    @Bean
    AddressSearch addressSearch(RoutingProperties settings, TravelTimes travelTimes, JdbcTemplate jdbc,
                                TransactionTemplate transactions, Clock clock) {
        Optional<AddressIndexer> offline = Optional.empty();
        if (settings.addressIndex() && travelTimes.mapFile().isPresent()) {
            AddressIndexer indexer = new AddressIndexer(new AddressIndex(jdbc, transactions), travelTimes,
                    settings.addressPointsPath(), clock, Duration.ofSeconds(30));
            indexer.start();
            offline = Optional.of(indexer);
        }
        Optional<NominatimGeocoder> geocoder = Optional.ofNullable(settings.geocoderUrl())
                .map(url -> new NominatimGeocoder(url, Duration.ofSeconds(3)));
        return new AddressBook(offline, geocoder, travelTimes);
    }
}
