package care.rounds.intake;

import care.rounds.patients.PatientService;
import care.rounds.routing.Routing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Whether a request's ZIP code is one the clinic serves: the ZIP codes listed in
 * {@code rounds.intake.service-area-zips}, or, when none are listed, the map's region in ZIP codes: those
 * of the road map's addresses (OpenStreetMap postcodes, the address points file) and of the patients'
 * homes, each placed on that map. The coordinator sees "outside our service area" on such a request
 * before calling back.
 */
@Component
public class ServiceArea {

    /** What the coordinator reads beside the ZIP code. */
    public record Verdict(boolean outside, String words) {
    }

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final Set<String> listed;
    private final Routing routing;
    private final Supplier<Set<String>> homes;
    private final Clock clock;
    private volatile Set<String> region = Set.of();
    /** When the region was last read; null before the first read. */
    private volatile Instant regionReadAt;

    @Autowired
    ServiceArea(@Value("${rounds.intake.service-area-zips:}") String listed, Routing routing, PatientService patients,
                Clock clock) {
        this(listed, routing, patients::homeZipCodes, clock);
    }

    ServiceArea(String listed, Routing routing, Supplier<Set<String>> homes, Clock clock) {
        this.listed = parse(listed);
        this.routing = routing;
        this.homes = homes;
        this.clock = clock;
    }

    static Set<String> parse(String setting) {
        Set<String> zips = Arrays.stream(setting.split("[,\\s]+")).map(String::strip).filter(z -> !z.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        zips.stream().filter(z -> !z.matches("[0-9]{5}")).findFirst().ifPresent(bad -> {
            throw new IllegalArgumentException("rounds.intake.service-area-zips: '" + bad + "' is not a 5-digit ZIP "
                    + "code. List the ZIP codes the clinic serves, separated by commas, e.g. 30303,30307,30312");
        });
        return Set.copyOf(zips);
    }

    /** Empty when the request has no ZIP code or no service area is known (no list, a map without ZIP codes). */
    public Optional<Verdict> of(String zip) {
        if (zip == null || !zip.strip().matches("[0-9]{5}(-[0-9]{4})?")) {
            return Optional.empty();
        }
        String five = zip.strip().substring(0, 5);
        if (!listed.isEmpty()) {
            return Optional.of(listed.contains(five) ? new Verdict(false, "In our service area")
                    : new Verdict(true, "Outside our service area (the ZIP codes we serve are set by the manager)"));
        }
        Set<String> region = mapRegion();
        if (region.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(region.contains(five) ? new Verdict(false, "In our service area")
                : new Verdict(true, "Outside our service area (not on our map of " + routing.map().areaName() + ")"));
    }

    /** Read at most once a minute, even when it is empty: the inbox asks for every row. */
    private Set<String> mapRegion() {
        Instant now = clock.instant();
        if (regionReadAt == null || now.isAfter(regionReadAt.plus(FRESH))) {
            Set<String> zips = new TreeSet<>(routing.mapZipCodes());
            zips.addAll(homes.get());
            region = Set.copyOf(zips);
            regionReadAt = now;
        }
        return region;
    }
}
