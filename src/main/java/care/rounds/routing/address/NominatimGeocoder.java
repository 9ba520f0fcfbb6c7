package care.rounds.routing.address;

import care.rounds.base.AddressSearchUnavailableException;
import care.rounds.base.GeoPoint;
import care.rounds.routing.MapInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Nominatim-compatible geocoder ({@code /search?format=jsonv2}), asked only within the loaded
 * map's area. Failures are logged without the searched text (it may be a patient's address) and
 * reported as {@link AddressSearchUnavailableException}: the address book still answers from the
 * offline index, and says the geocoder is down only when that index found nothing either.
 */
class NominatimGeocoder {

    record Place(String label, GeoPoint location) {
    }

    private static final Logger log = LoggerFactory.getLogger(NominatimGeocoder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    NominatimGeocoder(URI base, Duration timeout) {
        String url = base.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** @throws AddressSearchUnavailableException when the geocoder does not answer, or not as Nominatim does */
    List<Place> search(String text, int limit, MapInfo area) {
        StringBuilder query = new StringBuilder("search?format=jsonv2&q=")
                .append(URLEncoder.encode(text, StandardCharsets.UTF_8))
                .append("&limit=").append(limit);
        if (!area.estimate()) {
            query.append(String.format(Locale.ROOT, "&bounded=1&viewbox=%.6f,%.6f,%.6f,%.6f",
                    area.minLon(), area.maxLat(), area.maxLon(), area.minLat()));
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve(query.toString()))
                .timeout(timeout)
                .header("User-Agent", "Rounds home infusion scheduling")
                .header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("The geocoder at {} answered HTTP {}", base.getHost(), response.statusCode());
                throw unavailable("answered with an error (HTTP " + response.statusCode() + ")");
            }
            List<Place> places = new ArrayList<>();
            for (JsonNode place : JSON.readTree(response.body())) {
                places.add(new Place(place.path("display_name").asText(),
                        new GeoPoint(place.path("lat").asDouble(), place.path("lon").asDouble())));
            }
            return places;
        } catch (AddressSearchUnavailableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.warn("The geocoder at {} could not be used: {}", base.getHost(), e.getClass().getSimpleName());
            throw unavailable(e instanceof java.net.http.HttpTimeoutException ? "did not answer in time"
                    : e instanceof IOException ? "could not be reached" : "gave an answer Rounds cannot read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was not asked to the end");
        }
    }

    private AddressSearchUnavailableException unavailable(String what) {
        return new AddressSearchUnavailableException("The address search service (the geocoder at " + base.getHost()
                + ") " + what + ", so only the addresses of the loaded map were searched.");
    }
}
