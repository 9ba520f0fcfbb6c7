package care.rounds.routing.address;

import care.rounds.routing.AddressMatch;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.internal.MapFile;
import care.rounds.routing.internal.TravelTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps the address index in step with the loaded map and the optional address-points file: at
 * startup, in the background, it compares their checksums (and the reader's version) with the key the
 * index was built from and rebuilds only when they differ. Searches made while it is still indexing
 * wait for it a little.
 */
class AddressIndexer {

    /** Raise when the reader finds different addresses in the same files, so indexes are rebuilt. */
    static final String READER_VERSION = "towns-interpolation-3";

    private static final Logger log = LoggerFactory.getLogger(AddressIndexer.class);

    private final AddressIndex index;
    private final TravelTimes travelTimes;
    private final Optional<Path> addressPoints;
    private final Clock clock;
    private final Duration patience;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile AddressIndex.Loaded loaded;

    AddressIndexer(AddressIndex index, TravelTimes travelTimes, Optional<Path> addressPoints, Clock clock,
                   Duration patience) {
        this.index = index;
        this.travelTimes = travelTimes;
        this.addressPoints = addressPoints;
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
        String key = key(map);
        Optional<AddressIndex.Loaded> current = index.indexed().filter(source -> source.key().equals(key));
        if (current.isPresent()) {
            loaded = current.get();
            log.info("Address index of {} is up to date", map.fileName());
            return;
        }
        long start = System.nanoTime();
        log.info("Indexing the streets and house addresses of {} ({})", map.fileName(), map.areaName());
        OsmAddressReader.MapAddresses read = new OsmAddressReader(map.path().toFile()).read();
        List<MapAddress> found = new ArrayList<>(read.addresses());
        if (read.towns().size() == 0) {
            // a city extract without place points: its streets are in the city the map is named after
            String city = map.areaName().split(",")[0].strip();
            found.replaceAll(address -> address.inTown(city, ""));
        }
        addressPoints.ifPresent(points -> new AddressPointsFile(points).read().forEach(house ->
                found.add(house.city().isEmpty() ? house.inTown(read.towns().nearest(house.location()), "") : house)));
        AddressNames names = AddressNames.of(read.country());
        List<OnRoadAddress> onRoads = new ArrayList<>(found.size());
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (MapAddress address : found) {
            // several buildings of one address (a house and its garage) would show the same line several times
            if (!labels.add(names.searchText(address.label(names)))) {
                continue;
            }
            try {
                onRoads.add(new OnRoadAddress(address, travelTimes.snap(address.location()).onRoad()));
            } catch (LocationNotReachableException farFromDrivableRoads) {
                // a footpath or a building in a park: not an address a clinician drives to
            }
        }
        index.replace(key, map.fileName(), addressPoints.map(p -> p.getFileName().toString()).orElse(null), names,
                onRoads, clock.instant());
        loaded = new AddressIndex.Loaded(key, names);
        long streets = onRoads.stream().filter(a -> a.address().kind() == AddressMatch.Kind.STREET).count();
        log.info("Address index of {} ready in {} ms: {} streets, {} house addresses, {} towns, {} abbreviations",
                map.fileName(), (System.nanoTime() - start) / 1_000_000, streets, onRoads.size() - streets,
                read.towns().size(), names.country());
    }

    /** The map's checksum, the points file's and the reader's version, in one checksum. */
    private String key(MapFile map) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((READER_VERSION + "\n" + map.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
            if (addressPoints.isPresent()) {
                try (InputStream in = Files.newInputStream(addressPoints.get())) {
                    byte[] buffer = new byte[1 << 16];
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the address-points file " + addressPoints.get().getFileName()
                    + ": check rounds.routing.address-points-file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    java.util.Set<String> zipCodes() {
        if (!awaitReady() || loaded == null) {
            return java.util.Set.of();
        }
        return index.zipCodes();
    }

    List<AddressMatch> search(String text, int limit) {
        if (!awaitReady() || loaded == null) {
            return List.of();
        }
        return index.search(loaded, text, limit);
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
