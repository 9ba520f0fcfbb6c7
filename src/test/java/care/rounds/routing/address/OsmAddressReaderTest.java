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
        OsmAddressReader.MapAddresses read = new OsmAddressReader(MAPS.resolve("atlanta-central.osm.pbf").toFile()).read();

        List<MapAddress> streets = read.addresses().stream().filter(a -> a.kind() == Kind.STREET).toList();
        assertThat(streets).hasSizeBetween(300, 2000);
        assertThat(read.addresses()).filteredOn(a -> a.kind() == Kind.HOUSE).isEmpty();
        assertThat(streets).extracting(MapAddress::street).contains("Edgewood Avenue Northeast");
        assertThat(read.country()).isEqualTo("US");
    }

    @Test
    void columbusHasHouseAddressesWithNumberStreetAndTown() {
        List<MapAddress> houses = new OsmAddressReader(MAPS.resolve("columbus.osm.pbf").toFile()).read()
                .addresses().stream().filter(a -> a.kind() == Kind.HOUSE).toList();

        // the file has 1,294 buildings, but only about 120 carry both addr:housenumber and addr:street
        assertThat(houses).hasSizeGreaterThan(100);
        assertThat(houses).allSatisfy(house -> assertThat(house.label(AddressNames.US))
                .startsWith(house.houseNumber() + " " + house.street()));
    }

    @Test
    void aGeneratedExtractGivesOneStreetPerTownAndTheInterpolatedHouses() {
        GeneratedExtract extract = GeneratedExtract.write(Path.of("target/generated-extracts"), "reader-test",
                HouseSearchIT.PT_TOWNS, HouseSearchIT.PT_STREETS, 10, "Rua de Santa Catarina", 0);

        OsmAddressReader.MapAddresses read = new OsmAddressReader(extract.osm().toFile()).read();

        assertThat(read.country()).isEqualTo("PT");
        assertThat(read.towns().size()).isEqualTo(2);
        assertThat(read.addresses()).filteredOn(a -> a.kind() == Kind.STREET && a.street().equals("Rua de Santa Catarina"))
                .extracting(MapAddress::city, MapAddress::postcode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Porto", "4000-447"),
                        org.assertj.core.groups.Tuple.tuple("Maia", "4470-123"));
        // odd numbers 1..9 in Porto: 1 and 9 are tagged nodes, 3, 5 and 7 come from the interpolation way
        assertThat(read.addresses()).filteredOn(a -> a.kind() == Kind.HOUSE && a.city().equals("Porto")
                        && a.street().equals("Rua de Santa Catarina"))
                .extracting(MapAddress::houseNumber).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    }
}
