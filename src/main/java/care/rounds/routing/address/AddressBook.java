package care.rounds.routing.address;

import care.rounds.base.AddressSearchUnavailableException;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.internal.AddressSearch;
import care.rounds.routing.internal.TravelTimes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Address search as the user sees it: the offline index of the map first (instant, works without
 * internet), then, when it found fewer than asked and a geocoder is configured, the geocoder's
 * places that lie near a drivable road of the map. A geocoder that does not answer is reported only
 * when the offline index found nothing either: then "not found" would not be the truth.
 */
class AddressBook implements AddressSearch {

    private final Optional<AddressIndexer> offline;
    private final Optional<NominatimGeocoder> geocoder;
    private final TravelTimes travelTimes;

    AddressBook(Optional<AddressIndexer> offline, Optional<NominatimGeocoder> geocoder, TravelTimes travelTimes) {
        this.offline = offline;
        this.geocoder = geocoder;
        this.travelTimes = travelTimes;
    }

    @Override
    public Set<String> zipCodes() {
        return offline.map(AddressIndexer::zipCodes).orElse(Set.of());
    }

    @Override
    public List<AddressMatch> search(String text, int limit) {
        List<AddressMatch> matches = new ArrayList<>(offline.map(index -> index.search(text, limit)).orElse(List.of()));
        if (matches.size() < limit && geocoder.isPresent()) {
            Set<String> labels = new HashSet<>();
            matches.forEach(match -> labels.add(match.label()));
            List<NominatimGeocoder.Place> places;
            try {
                places = geocoder.get().search(text, limit, travelTimes.map());
            } catch (AddressSearchUnavailableException down) {
                if (matches.isEmpty()) {
                    throw down;
                }
                return matches;
            }
            for (NominatimGeocoder.Place place : places) {
                if (matches.size() >= limit || !labels.add(place.label())) {
                    continue;
                }
                try {
                    matches.add(new AddressMatch(place.label(), travelTimes.snap(place.location()).onRoad(),
                            AddressMatch.Kind.PLACE, AddressMatch.Source.GEOCODER));
                } catch (LocationNotReachableException notOnThisMap) {
                    // the geocoder knows the whole world; only places this map can drive to are useful
                }
            }
        }
        return matches;
    }
}
