package care.rounds.routing.address;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.AddressMatch.Kind;
import care.rounds.routing.AddressMatch.Source;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Streets and house addresses of the loaded map in PostgreSQL, searched with trigram-indexed
 * {@code LIKE} per typed word: every word must occur, so "edgew ave" finds "Edgewood Avenue
 * Northeast" while the user is still typing. A typed house number is looked up exactly (an index on
 * the number keeps that quick among a hundred thousand houses); a number the map has no house for
 * falls back to the street, the number kept. Without a number, streets come before houses. Best
 * first: the label starting with the typed text, a word starting with the first typed word, then
 * trigram similarity.
 */
class AddressIndex {

    /** Which index is loaded: its key (map, points file, reader version) and the country of its names. */
    record Loaded(String key, AddressNames names) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;

    AddressIndex(JdbcTemplate jdbcTemplate, TransactionTemplate transactions) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.batches = jdbcTemplate;
        this.transactions = transactions;
    }

    Optional<Loaded> indexed() {
        return jdbc.sql("SELECT map_sha256, country FROM routing_address_source")
                .query((row, number) -> new Loaded(row.getString(1), AddressNames.of(row.getString(2))))
                .optional();
    }

    /** One transaction, so searches see the old index or the new one, never half of it. */
    void replace(String key, String mapFile, String pointsFile, AddressNames names, List<OnRoadAddress> addresses,
                 Instant now) {
        transactions.executeWithoutResult(status -> {
            // several app nodes may start together: the first indexes, the others find it done
            jdbc.sql("LOCK TABLE routing_address_source IN EXCLUSIVE MODE").update();
            if (indexed().filter(source -> source.key().equals(key)).isPresent()) {
                return;
            }
            jdbc.sql("DELETE FROM routing_address").update();
            jdbc.sql("DELETE FROM routing_address_source").update();
            batches.batchUpdate("""
                            INSERT INTO routing_address (map_sha256, kind, label, search_text, street, house_number,
                                                         unit, city, postcode, latitude, longitude)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    addresses.stream().map(onRoad -> {
                        MapAddress a = onRoad.address();
                        String label = a.label(names);
                        return new Object[]{key, a.kind().name(), label, names.searchText(label), a.street(),
                                a.houseNumber(), a.unit(), a.city(), a.postcode(), onRoad.onRoad().latitude(),
                                onRoad.onRoad().longitude()};
                    }).toList());
            // The planner must know the new rows before the first search: with the statistics of the empty
            // table it walks all hundred thousand houses for every typed number (50-100 ms a search) until
            // autovacuum happens to analyse the table. The trigram index's pending list is merged now too,
            // so no search has to read it row by row.
            jdbc.sql("SELECT gin_clean_pending_list('routing_address_search_text'::regclass)").query().singleValue();
            jdbc.sql("ANALYZE routing_address").update();
            long streets = addresses.stream().filter(a -> a.address().kind() == Kind.STREET).count();
            jdbc.sql("""
                            INSERT INTO routing_address_source (map_sha256, map_file, streets, houses, indexed_at,
                                                                country, address_points_file)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(key, mapFile, streets, addresses.size() - streets, Timestamp.from(now), names.country(),
                            pointsFile)
                    .update();
        });
    }

    /** Which rows a query looks at. */
    private enum Rows { STREETS, HOUSES, HOUSES_NUMBERED }

    /** The 5-digit ZIP codes among the addresses' postcodes (a ZIP+4 counts by its first five digits). */
    java.util.Set<String> zipCodes() {
        return java.util.Set.copyOf(jdbc.sql("SELECT DISTINCT substring(postcode from 1 for 5) FROM routing_address "
                + "WHERE postcode ~ '^[0-9]{5}(-[0-9]{4})?$'").query(String.class).list());
    }

    List<AddressMatch> search(Loaded source, String typed, int limit) {
        TypedAddress address = TypedAddress.of(typed);
        if (address.hasNumber()) {
            // the exact house first: the number narrows the rows to a few before any text is compared
            List<AddressMatch> houses = query(source, address.withoutNumber(), address.number(), Rows.HOUSES_NUMBERED,
                    limit);
            if (!houses.isEmpty()) {
                return houses;
            }
            List<AddressMatch> streets = new ArrayList<>();
            for (AddressMatch street : query(source, address.withoutNumber(), "", Rows.STREETS, limit)) {
                streets.add(new AddressMatch(source.names().label(address.number(), street.street(), "",
                        street.city(), street.postcode()), street.onRoad(), Kind.STREET, Source.MAP, address.number(),
                        street.street(), "", street.city(), street.postcode()));
            }
            if (!streets.isEmpty()) {
                return streets;
            }
            // the number may belong to the name ("Highway 78")
        }
        List<AddressMatch> matches = new ArrayList<>(query(source, typed, "", Rows.STREETS, limit));
        if (matches.size() < limit) {
            matches.addAll(query(source, typed, "", Rows.HOUSES, limit - matches.size()));
        }
        return matches;
    }

    private List<AddressMatch> query(Loaded source, String typed, String number, Rows rows, int limit) {
        AddressNames names = source.names();
        List<List<String>> words = names.typedWords(typed);
        if (words.isEmpty() && rows != Rows.HOUSES_NUMBERED) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (rows == Rows.HOUSES_NUMBERED) {
            // The houses with that number first, whatever the planner thinks of the words: a few hundred
            // rows among a hundred thousand, read through the number's index, then the words compared on them.
            sql.append("""
                    WITH numbered AS MATERIALIZED (
                        SELECT label, kind, latitude, longitude, house_number, street, unit, city, postcode, search_text
                        FROM routing_address WHERE map_sha256 = ? AND kind = 'HOUSE' AND lower(house_number) = ?)
                    SELECT label, kind, latitude, longitude, house_number, street, unit, city, postcode
                    FROM numbered WHERE true""");
            params.add(source.key());
            params.add(number.toLowerCase(Locale.ROOT));
        } else {
            sql.append("""
                    SELECT label, kind, latitude, longitude, house_number, street, unit, city, postcode
                    FROM routing_address WHERE map_sha256 = ? AND kind = """);
            // a literal, not a parameter: only then may the planner use the streets' own trigram index
            sql.append(rows == Rows.STREETS ? "'STREET'" : "'HOUSE'");
            params.add(source.key());
        }
        for (List<String> alternatives : words) {
            sql.append(" AND (").append(String.join(" OR ", alternatives.stream().map(a -> "search_text LIKE ?").toList()))
                    .append(")");
            alternatives.forEach(alternative -> params.add("%" + escapeLike(alternative) + "%"));
        }
        String text = names.searchText(typed);
        String firstWord = words.isEmpty() ? "" : words.get(0).get(words.get(0).size() - 1);
        sql.append(" ORDER BY search_text LIKE ? DESC, search_text ~ ? DESC, similarity(search_text, ?) DESC,"
                + " length(label), label LIMIT ?");
        params.add(escapeLike(text) + "%");
        params.add("\\m" + firstWord); // letters and digits only: nothing to escape in the pattern
        params.add(text);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((row, n) -> new AddressMatch(row.getString("label"),
                        new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
                        Kind.valueOf(row.getString("kind")), Source.MAP, row.getString("house_number"),
                        row.getString("street"), row.getString("unit"), row.getString("city"),
                        row.getString("postcode")))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
