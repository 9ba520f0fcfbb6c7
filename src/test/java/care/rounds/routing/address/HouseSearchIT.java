package care.rounds.routing.address;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.AddressMatch.Kind;
import care.rounds.routing.graphhopper.GraphHopperTravelTimes;
import care.rounds.routing.internal.MapFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * House-number search on small extracts the test writes itself (a US pair of towns and a Portuguese
 * pair sharing street names), indexed into a PostgreSQL of its own and snapped with GraphHopper.
 */
class HouseSearchIT {

    static final Path FOLDER = Path.of("target/generated-extracts");
    static final List<GeneratedExtract.Town> US_TOWNS = List.of(
            new GeneratedExtract.Town("Atlanta", 33.750, -84.390, "30312"),
            new GeneratedExtract.Town("Decatur", 33.775, -84.300, "30030"));
    static final List<String> US_STREETS = List.of("Edgewood Avenue Northeast", "North Highland Avenue Northeast",
            "Saint Charles Place", "Ponce de Leon Drive");
    static final List<GeneratedExtract.Town> PT_TOWNS = List.of(
            new GeneratedExtract.Town("Porto", 41.150, -8.610, "4000-447"),
            new GeneratedExtract.Town("Maia", 41.230, -8.620, "4470-123"));
    static final List<String> PT_STREETS = List.of("Rua de Santa Catarina", "Rua Doutor António Cândido",
            "Rua do Sol e da Lua", "Avenida da Liberdade");

    static EmbeddedPostgres postgres;
    static AddressIndex index;
    static GeneratedExtract us;
    static GeneratedExtract portugal;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target/test-postgres/houses-" + UUID.randomUUID()))
                .setCleanDataDirectory(true).start();
        HikariDataSource data = new HikariDataSource();
        data.setDataSource(postgres.getPostgresDatabase());
        data.setMaximumPoolSize(2);
        Flyway.configure().dataSource(data).load().migrate();
        index = new AddressIndex(new JdbcTemplate(data), new TransactionTemplate(new DataSourceTransactionManager(data)));
        us = GeneratedExtract.write(FOLDER, "two-us-towns", US_TOWNS, US_STREETS, 20, "Edgewood Avenue Northeast", 7);
        portugal = GeneratedExtract.write(FOLDER, "two-portuguese-towns", PT_TOWNS, PT_STREETS, 20, null, 0);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    static AddressIndexer indexed(GeneratedExtract extract, boolean withCsv) {
        GraphHopperTravelTimes roads = GraphHopperTravelTimes.open(MapFile.of(extract.osm(), null),
                Path.of("target/graphhopper-test"), 300);
        AddressIndexer indexer = new AddressIndexer(index, roads, withCsv ? Optional.of(extract.csv()) : Optional.empty(),
                Clock.systemUTC(), Duration.ofSeconds(5));
        indexer.indexIfMapChanged();
        return indexer;
    }

    @Test
    void aHouseNumberFindsThatHouseInTheTownTypedWithThePinInFrontOfItsDoor() {
        AddressIndexer search = indexed(us, true);
        GeneratedExtract.House house = us.houses().stream()
                .filter(h -> h.town().name().equals("Decatur") && h.number().equals("8")
                        && h.street().equals("North Highland Avenue Northeast")).findFirst().orElseThrow();

        AddressMatch best = search.search("8 N Highland Ave NE, Decatur", 5).get(0);

        assertThat(best.kind()).isEqualTo(Kind.HOUSE);
        assertThat(best.label()).isEqualTo("8 North Highland Avenue Northeast, Decatur 30030");
        assertThat(best.city()).isEqualTo("Decatur");
        assertThat(best.postcode()).isEqualTo("30030");
        assertThat(best.onRoad().distanceMetersTo(house.door())).isLessThan(25);
    }

    @Test
    void numbersBetweenTheEndsOfAnInterpolationWayAreHouses() {
        AddressIndexer search = indexed(us, true);
        GeneratedExtract.House interpolated = us.houses().stream()
                .filter(h -> h.writtenAs().equals("interpolation") && h.number().equals("9")).findFirst().orElseThrow();

        AddressMatch best = search.search("9 Edgewood Ave NE Atlanta", 5).get(0);

        assertThat(best.kind()).isEqualTo(Kind.HOUSE);
        assertThat(best.houseNumber()).isEqualTo("9");
        assertThat(best.city()).isEqualTo("Atlanta");
        assertThat(best.onRoad().distanceMetersTo(interpolated.door())).isLessThan(25);
    }

    @Test
    void housesOfTheAddressPointsFileAreFoundOnlyWhenItIsImported() {
        GeneratedExtract.House fromCsv = us.houses().stream().filter(h -> h.writtenAs().equals("csv"))
                .findFirst().orElseThrow();
        String typed = fromCsv.number() + " " + fromCsv.street() + ", " + fromCsv.town().name();

        assertThat(indexed(us, false).search(typed, 5).get(0).kind()).isEqualTo(Kind.STREET);
        AddressMatch withCsv = indexed(us, true).search(typed, 5).get(0);

        assertThat(withCsv.kind()).isEqualTo(Kind.HOUSE);
        assertThat(withCsv.onRoad().distanceMetersTo(fromCsv.door())).isLessThan(25);
    }

    @Test
    void aTypedNumberOnAnUnknownHouseFallsBackToTheStreetWithTheNumberKept() {
        AddressIndexer search = indexed(us, false);

        List<AddressMatch> matches = search.search("Edgewood Ave NE 410", 5);

        assertThat(matches).isNotEmpty();
        AddressMatch best = matches.get(0);
        assertThat(best.numberNotOnMap()).isTrue();
        assertThat(best.houseNumber()).isEqualTo("410");
        assertThat(best.label()).startsWith("410 Edgewood Avenue Northeast, ");
        assertThat(matches).filteredOn(AddressMatch::numberNotOnMap).extracting(AddressMatch::city)
                .containsExactlyInAnyOrder("Atlanta", "Decatur");
    }

    @Test
    void anAddressThatMatchesNothingFindsNothing() {
        AddressIndexer search = indexed(us, false);

        assertThat(search.search("12 Zzyzx Road, Springfield", 5)).isEmpty();
        assertThat(search.search("Zzyzx", 5)).isEmpty();
    }

    @Test
    void aStreetNameInTwoTownsIsTwoEntriesEachWithItsTownAndPostcode() {
        AddressIndexer search = indexed(portugal, false);

        List<AddressMatch> streets = search.search("Rua de Santa Catarina", 10).stream()
                .filter(m -> m.kind() == Kind.STREET).toList();

        assertThat(streets).extracting(AddressMatch::label).containsExactlyInAnyOrder(
                "Rua de Santa Catarina, 4000-447 Porto", "Rua de Santa Catarina, 4470-123 Maia");
        AddressMatch inMaia = search.search("Rua de Santa Catarina 3, Maia", 5).get(0);
        assertThat(inMaia.label()).isEqualTo("Rua de Santa Catarina 3, 4470-123 Maia");
        GeoPoint maia = new GeoPoint(41.23, -8.62);
        assertThat(inMaia.onRoad().distanceMetersTo(maia)).isLessThan(2000);
        assertThat(search.search("santa catarina 4470-123", 5)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.city()).isEqualTo("Maia"));
    }

    @Test
    void portugueseAbbreviationsAccentsAndCaseOnAPortugueseMap() {
        AddressIndexer search = indexed(portugal, false);

        assertThat(search.search("R. Dr. Antonio Candido 4, Porto", 5).get(0).label())
                .isEqualTo("Rua Doutor António Cândido 4, 4000-447 Porto");
        assertThat(search.search("RUA DOUTOR ANTÓNIO CÂNDIDO", 5)).isNotEmpty();
        assertThat(search.search("av da liberdade 2 maia", 5).get(0).label())
                .isEqualTo("Avenida da Liberdade 2, 4470-123 Maia");
        // " e " is the word "and" here, not "east"
        assertThat(search.search("Rua do Sol e da Lua 5", 5).get(0).label()).startsWith("Rua do Sol e da Lua 5, ");
    }

    @Test
    void usAbbreviationsOnAUsMap() {
        AddressIndexer search = indexed(us, false);

        assertThat(search.search("ponce de leon dr", 5)).extracting(AddressMatch::street)
                .contains("Ponce de Leon Drive");
        assertThat(search.search("st charles pl 4 atlanta", 5).get(0).label())
                .isEqualTo("4 Saint Charles Place, Atlanta 30312");
    }
}
