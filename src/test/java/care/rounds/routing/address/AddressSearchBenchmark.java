package care.rounds.routing.address;

import care.rounds.routing.AddressMatch;
import care.rounds.routing.AddressMatch.Kind;
import care.rounds.routing.graphhopper.GraphHopperTravelTimes;
import care.rounds.routing.internal.MapFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Address search on generated extracts: towns that share every street name, house numbers on nodes,
 * an interpolation way, and one house in ten only in an OpenAddresses-style CSV. Measures the share of
 * typed addresses found at the right house, the right town for shared street names (street and town
 * typed), the search time and the index build time.
 * <p>
 * {@code ./mvnw -Paddress-benchmark test-compile exec:java} (100,000 US addresses and 20,000 Portuguese;
 * {@code -Drounds.addresses=N} for another size).
 */
public final class AddressSearchBenchmark {

    private static final List<String> US_STREETS = List.of("Edgewood Avenue Northeast", "Peachtree Street Northwest",
            "North Highland Avenue Northeast", "Ponce de Leon Drive", "Saint Charles Place", "Oak Lane", "Maple Court",
            "Boulevard Southeast", "Martin Luther King Junior Drive Southwest", "Memorial Drive Southeast",
            "Glenwood Avenue", "Moreland Avenue", "Euclid Avenue", "Cleburne Terrace", "Elizabeth Street",
            "Sinclair Avenue", "Lake Avenue", "Park Place", "Hill Street", "Grant Street Southeast",
            "Cherokee Avenue", "Confederate Court", "Berne Street", "Mead Street", "Wylie Street");
    private static final List<String> US_TOWNS = List.of("Atlanta", "Decatur", "Marietta", "Smyrna", "Roswell",
            "Alpharetta", "Duluth", "Tucker", "Chamblee", "Doraville", "Dunwoody", "Sandy Springs", "Kennesaw",
            "Lilburn", "Snellville", "Lithonia", "Stockbridge", "Morrow", "Jonesboro", "Fayetteville");
    private static final List<String> PT_STREETS = List.of("Rua de Santa Catarina", "Rua Doutor António Cândido",
            "Avenida da Liberdade", "Rua do Sol e da Lua", "Travessa do Carmo", "Rua Engenheiro Ferreira Dias",
            "Largo da Igreja", "Rua Professor Mota Pinto", "Praça da República", "Rua de São João");
    private static final List<String> PT_TOWNS = List.of("Porto", "Maia", "Matosinhos", "Gondomar", "Valongo",
            "Vila Nova de Gaia", "Póvoa de Varzim", "Vila do Conde", "Espinho", "Trofa");

    private AddressSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int addresses = Integer.getInteger("rounds.addresses", 100_000);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target/test-postgres/address-benchmark-" + UUID.randomUUID()))
                .setCleanDataDirectory(true).start()) {
            // pooled, as in the application: zonky's own data source opens a connection per query
            HikariDataSource data = new HikariDataSource();
            data.setDataSource(postgres.getPostgresDatabase());
            data.setMaximumPoolSize(2);
            Flyway.configure().dataSource(data).load().migrate();
            AddressIndex index = new AddressIndex(new JdbcTemplate(data),
                    new TransactionTemplate(new DataSourceTransactionManager(data)));
            System.out.println("| extract | addresses indexed | right house | right town (shared names) "
                    + "| median search | p99 search | graph import | index build |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            run(index, "US", US_TOWNS, US_STREETS, addresses, 33.0, -85.0, 30300);
            run(index, "PT", PT_TOWNS, PT_STREETS, addresses / 5, 41.0, -8.9, 4000);
            data.close();
        }
    }

    private static void run(AddressIndex index, String country, List<String> townNames, List<String> streets,
                            int addresses, double lat, double lon, int firstPostcode) {
        int housesPerStreet = 200;
        int townCount = Math.max(2, Math.min(townNames.size(), addresses / (streets.size() * housesPerStreet)));
        housesPerStreet = addresses / (townCount * streets.size());
        double townWidth = housesPerStreet / 2.0 * 0.0006 + 0.02;
        double townHeight = streets.size() * 0.002 + 0.01;
        List<GeneratedExtract.Town> towns = new ArrayList<>();
        for (int t = 0; t < townCount; t++) {
            String postcode = country.equals("PT") ? (firstPostcode + 10 * t) + "-" + (100 + t)
                    : String.valueOf(firstPostcode + t);
            towns.add(new GeneratedExtract.Town(townNames.get(t), lat + (t / 5) * townHeight, lon + (t % 5) * townWidth,
                    postcode));
        }
        GeneratedExtract extract = GeneratedExtract.write(Path.of("target/generated-extracts"),
                "benchmark-" + country.toLowerCase(Locale.ROOT) + "-" + addresses, towns, streets, housesPerStreet,
                streets.get(0), 10);

        long importStart = System.nanoTime();
        GraphHopperTravelTimes roads = GraphHopperTravelTimes.open(MapFile.of(extract.osm(), null),
                Path.of("target/graphhopper-benchmark"), 300);
        long importMillis = (System.nanoTime() - importStart) / 1_000_000;
        AddressIndexer indexer = new AddressIndexer(index, roads, Optional.of(extract.csv()), Clock.systemUTC(),
                Duration.ofMinutes(5));
        long indexStart = System.nanoTime();
        indexer.indexIfMapChanged();
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;

        Random random = new Random(12);
        List<Long> nanos = new ArrayList<>();
        List<Long> houseNanos = new ArrayList<>();
        List<Long> streetNanos = new ArrayList<>();
        java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
        int rightHouse = 0;
        int houseQueries = 2000;
        for (int i = 0; i < 50; i++) { // warm up the JIT and PostgreSQL's caches
            GeneratedExtract.House house = extract.houses().get(random.nextInt(extract.houses().size()));
            indexer.search(typed(house, country, random), 5);
        }
        for (int i = 0; i < houseQueries; i++) {
            GeneratedExtract.House house = extract.houses().get(random.nextInt(extract.houses().size()));
            String typed = typed(house, country, random);
            long start = System.nanoTime();
            List<AddressMatch> found = indexer.search(typed, 5);
            long took = System.nanoTime() - start;
            nanos.add(took);
            houseNanos.add(took);
            keepSlowest(slowest, took, typed);
            if (!found.isEmpty() && isTheHouse(found.get(0), house)) {
                rightHouse++;
            }
        }
        int rightTown = 0;
        int townQueries = 0;
        for (GeneratedExtract.Town town : towns) {
            for (String street : streets) {
                String typed = (random.nextBoolean() ? abbreviated(street, country) : street) + ", " + town.name();
                long start = System.nanoTime();
                List<AddressMatch> found = indexer.search(typed, 5);
                long took = System.nanoTime() - start;
                nanos.add(took);
                streetNanos.add(took);
                keepSlowest(slowest, took, typed);
                townQueries++;
                if (!found.isEmpty() && found.get(0).street().equals(street) && found.get(0).city().equals(town.name())) {
                    rightTown++;
                }
            }
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        long indexed = extract.houses().size() + (long) streets.size() * townCount;
        System.out.printf(Locale.ROOT, "| %s: %d towns sharing %d street names, %d houses (%d on nodes, %d interpolated, "
                        + "%d from the CSV) | %,d | %.1f %% (%d of %d) | %.1f %% (%d of %d) | %.1f ms | %.1f ms | %,d ms | %,d ms |%n",
                country, townCount, streets.size(), extract.houses().size(), count(extract, "map"),
                count(extract, "interpolation"), count(extract, "csv"), indexed, 100.0 * rightHouse / houseQueries,
                rightHouse, houseQueries, 100.0 * rightTown / townQueries, rightTown, townQueries,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                importMillis, indexMillis);
        System.out.printf(Locale.ROOT, "%s: house queries median %.1f ms, p99 %.1f ms (%d); street-only queries median "
                        + "%.1f ms, p99 %.1f ms (%d)%n", country, percentile(houseNanos, 0.5), percentile(houseNanos, 0.99),
                houseNanos.size(), percentile(streetNanos, 0.5), percentile(streetNanos, 0.99), streetNanos.size());
        System.out.println(country + ": slowest queries: " + slowest.descendingMap().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%.1f ms \"%s\"", e.getKey() / 1e6, e.getValue())).toList());
        roads.close();
    }

    private static void keepSlowest(java.util.TreeMap<Long, String> slowest, long nanos, String typed) {
        slowest.put(nanos, typed);
        if (slowest.size() > 10) {
            slowest.pollFirstEntry();
        }
    }

    private static double percentile(List<Long> nanos, double share) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * share) - 1)] / 1e6;
    }

    private static long count(GeneratedExtract extract, String writtenAs) {
        return extract.houses().stream().filter(h -> h.writtenAs().equals(writtenAs)).count();
    }

    private static boolean isTheHouse(AddressMatch match, GeneratedExtract.House house) {
        return match.kind() == Kind.HOUSE && match.houseNumber().equals(house.number())
                && match.street().equals(house.street()) && match.city().equals(house.town().name())
                && match.onRoad().distanceMetersTo(house.door()) < 40;
    }

    /** How a coordinator might type it: abbreviated or not, any case, number before or after, town always. */
    private static String typed(GeneratedExtract.House house, String country, Random random) {
        String street = random.nextBoolean() ? abbreviated(house.street(), country) : house.street();
        if (random.nextInt(4) == 0) {
            street = street.toLowerCase(Locale.ROOT);
        }
        boolean numberFirst = country.equals("US") ? random.nextInt(5) > 0 : random.nextInt(5) == 0;
        String line = numberFirst ? house.number() + " " + street : street + " " + house.number();
        return line + ", " + house.town().name();
    }

    private static String abbreviated(String street, String country) {
        String[][] pairs = country.equals("PT")
                ? new String[][]{{"Rua ", "R. "}, {"Avenida ", "Av. "}, {"Doutor ", "Dr. "}, {"Engenheiro ", "Eng. "},
                {"Professor ", "Prof. "}, {"Travessa ", "Tv. "}, {"Largo ", "Lg. "}, {"Praça ", "Pç. "}}
                : new String[][]{{"Avenue", "Ave"}, {"Street", "St"}, {"Northeast", "NE"}, {"Northwest", "NW"},
                {"Southeast", "SE"}, {"Southwest", "SW"}, {"Drive", "Dr"}, {"Place", "Pl"}, {"Saint ", "St "},
                {"North ", "N "}, {"Lane", "Ln"}, {"Court", "Ct"}, {"Terrace", "Ter"}, {"Boulevard", "Blvd"}};
        String result = street;
        for (String[] pair : pairs) {
            result = result.replace(pair[0], pair[1]);
        }
        return result;
    }
}
