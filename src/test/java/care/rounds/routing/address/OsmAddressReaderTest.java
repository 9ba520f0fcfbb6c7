package care.rounds.routing.address;

import care.rounds.routing.AddressMatch.Kind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OsmAddressReaderTest {

    private static final Path MAPS = Path.of("../shared/maps");

    @Test
    void atlantaHasAboutAThousandNamedStreetsAndNoHouseNumbers() {
        List<MapAddress> addresses = new OsmAddressReader(MAPS.resolve("atlanta-central.osm.pbf").toFile()).read();

        List<MapAddress> streets = addresses.stream().filter(a -> a.kind() == Kind.STREET).toList();
        assertThat(streets).hasSizeBetween(300, 1500);
        assertThat(addresses).filteredOn(a -> a.kind() == Kind.HOUSE).isEmpty();
        assertThat(streets).extracting(MapAddress::label).contains("Edgewood Avenue Northeast").doesNotHaveDuplicates();
    }

    @Test
    void columbusHasHouseAddressesWithNumberAndStreetOnce() {
        List<MapAddress> houses = new OsmAddressReader(MAPS.resolve("columbus.osm.pbf").toFile()).read()
                .stream().filter(a -> a.kind() == Kind.HOUSE).toList();

        // the file has 1,294 buildings, but only about 120 carry both addr:housenumber and addr:street
        assertThat(houses).hasSizeGreaterThan(100);
        assertThat(houses).extracting(house -> AddressNames.searchText(house.label())).doesNotHaveDuplicates();
        assertThat(houses).allSatisfy(house -> assertThat(house.label()).startsWith(house.houseNumber() + " " + house.street()));
    }
}
