package care.rounds.intake;

import care.rounds.routing.Routing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether a request's ZIP code is one the clinic serves: the ZIP codes listed in
 * {@code rounds.intake.service-area-zips}, or, when none are listed, the ZIP codes of the road map's
 * addresses (the map's region). The coordinator sees "outside our service area" on such a request
 * before calling back.
 */
@Component
public class ServiceArea {

    /** What the coordinator reads beside the ZIP code. */
    public record Verdict(boolean outside, String words) {
    }

    private final Set<String> listed;
    private final Routing routing;
    private volatile Set<String> mapZips;

    ServiceArea(@Value("${rounds.intake.service-area-zips:}") String listed, Routing routing) {
        this.listed = parse(listed);
        this.routing = routing;
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

    /** Read once the address index has ZIP codes: it changes only with a new map, at a restart. */
    private Set<String> mapRegion() {
        Set<String> known = mapZips;
        if (known == null) {
            known = routing.mapZipCodes();
            if (!known.isEmpty()) {
                mapZips = known;
            }
        }
        return known;
    }
}
