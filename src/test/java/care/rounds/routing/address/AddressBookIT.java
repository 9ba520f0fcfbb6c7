package care.rounds.routing.address;

import care.rounds.base.AddressSearchUnavailableException;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.graphhopper.GraphHopperTravelTimes;
import care.rounds.routing.internal.MapFile;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The external geocoder, played by a local stand-in server that speaks Nominatim's {@code /search} JSON,
 * next to the Atlanta map: a place found, an address it does not know, and the server down.
 */
class AddressBookIT {

    private HttpServer geocoder;
    private final AtomicReference<String> lastQuery = new AtomicReference<>();
    private GraphHopperTravelTimes atlanta;

    @BeforeEach
    void start() throws IOException {
        geocoder = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        geocoder.createContext("/search", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            lastQuery.set(query);
            // Nominatim answers an address it does not know with an empty list, not with an error
            byte[] body = (query.contains("zzyzx") ? "[]" : """
                    [{"display_name": "Sweet Auburn Market, 209 Edgewood Avenue, Atlanta", "lat": "33.7545", "lon": "-84.3800"},
                     {"display_name": "Edgewood, Washington", "lat": "47.2501", "lon": "-122.2937"}]
                    """).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        geocoder.start();
        atlanta = GraphHopperTravelTimes.open(MapFile.of(Path.of("../shared/maps/atlanta-central.osm.pbf"), null),
                Path.of("target/graphhopper-test"), 300);
    }

    @AfterEach
    void stop() {
        geocoder.stop(0);
        atlanta.close();
    }

    @Test
    void geocoderPlacesOnTheMapAreAddedOnARoadAndOthersLeftOut() {
        URI url = URI.create("http://127.0.0.1:" + geocoder.getAddress().getPort());
        AddressBook book = new AddressBook(Optional.empty(),
                Optional.of(new NominatimGeocoder(url, Duration.ofSeconds(2))), atlanta);

        List<AddressMatch> matches = book.search("sweet auburn", 5);

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.label()).startsWith("Sweet Auburn Market");
            assertThat(match.source()).isEqualTo(AddressMatch.Source.GEOCODER);
            assertThat(atlanta.snap(match.onRoad()).snapDistanceMeters()).isLessThan(1);
        });
        assertThat(lastQuery.get()).contains("q=sweet+auburn").contains("format=jsonv2").contains("bounded=1");
    }

    @Test
    void anAddressTheGeocoderDoesNotKnowFindsNothingWithoutAnError() {
        URI url = URI.create("http://127.0.0.1:" + geocoder.getAddress().getPort());
        AddressBook book = new AddressBook(Optional.empty(),
                Optional.of(new NominatimGeocoder(url, Duration.ofSeconds(2))), atlanta);

        assertThat(book.search("12 zzyzx road", 5)).isEmpty();
        assertThat(lastQuery.get()).contains("q=12+zzyzx+road");
    }

    @Test
    void aGeocoderThatIsDownIsReportedInWordsWhenNothingElseWasFound() {
        AddressBook book = new AddressBook(Optional.empty(),
                Optional.of(new NominatimGeocoder(URI.create("http://127.0.0.1:9"), Duration.ofMillis(500))), atlanta);

        assertThatThrownBy(() -> book.search("sweet auburn", 5))
                .isInstanceOf(AddressSearchUnavailableException.class)
                .hasMessage("The address search service (the geocoder at 127.0.0.1) could not be reached, so only "
                        + "the addresses of the loaded map were searched.")
                .hasMessageNotContaining("sweet auburn");
    }

    @Test
    void aGeocoderThatAnswersWithAnErrorIsReportedToo() {
        geocoder.removeContext("/search");
        geocoder.createContext("/search", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        URI url = URI.create("http://127.0.0.1:" + geocoder.getAddress().getPort());
        AddressBook book = new AddressBook(Optional.empty(),
                Optional.of(new NominatimGeocoder(url, Duration.ofSeconds(2))), atlanta);

        assertThatThrownBy(() -> book.search("sweet auburn", 5))
                .isInstanceOf(AddressSearchUnavailableException.class)
                .hasMessageContaining("answered with an error (HTTP 503)");
    }
}
