package care.rounds.routing.address;

import care.rounds.routing.AddressMatch;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.internal.MapFile;
import care.rounds.routing.internal.TravelTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps the address index in step with the loaded map: at startup, in the background, it compares
 * the map file's checksum with the one the index was built from and rebuilds only when they differ.
 * Searches made while it is still indexing wait for it a little.
 */
class AddressIndexer {

    private static final Logger log = LoggerFactory.getLogger(AddressIndexer.class);

    private final AddressIndex index;
    private final TravelTimes travelTimes;
    private final Clock clock;
    private final Duration patience;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    AddressIndexer(AddressIndex index, TravelTimes travelTimes, Clock clock, Duration patience) {
        this.index = index;
        this.travelTimes = travelTimes;
        this.clock = clock;
        this.patience = patience;
    }

    void start() {
        Thread worker = new Thread(this::indexIfMapChanged, "address-index");
        worker.setDaemon(true);
        worker.start();
    }

    void indexIfMapChanged() {
        try {
            travelTimes.mapFile().ifPresent(this::indexIfChanged);
            ready.complete(null);
        } catch (RuntimeException e) {
            log.error("The address index could not be built; address search works only through a geocoder", e);
            ready.completeExceptionally(e);
        }
    }

    private void indexIfChanged(MapFile map) {
        if (index.indexedMapChecksum().filter(map.sha256()::equals).isPresent()) {
            log.info("Address index of {} is up to date", map.fileName());
            return;
        }
        long start = System.nanoTime();
        log.info("Indexing the streets and house addresses of {} ({})", map.fileName(), map.areaName());
        List<MapAddress> found = new OsmAddressReader(map.path().toFile()).read();
        List<OnRoadAddress> onRoads = new ArrayList<>(found.size());
        for (MapAddress address : found) {
            try {
                onRoads.add(new OnRoadAddress(address.kind(), address.label(), address.street(),
                        address.houseNumber(), travelTimes.snap(address.location()).onRoad()));
            } catch (LocationNotReachableException farFromDrivableRoads) {
                // a footpath or a building in a park: not an address a clinician drives to
            }
        }
        index.replace(map, onRoads, clock.instant());
        long streets = onRoads.stream().filter(a -> a.kind() == AddressMatch.Kind.STREET).count();
        log.info("Address index of {} ready in {} ms: {} streets, {} house addresses", map.fileName(),
                (System.nanoTime() - start) / 1_000_000, streets, onRoads.size() - streets);
    }

    List<AddressMatch> search(String text, int limit) {
        if (!awaitReady()) {
            return List.of();
        }
        return travelTimes.mapFile().map(map -> index.search(map.sha256(), text, limit)).orElse(List.of());
    }

    private boolean awaitReady() {
        try {
            ready.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
