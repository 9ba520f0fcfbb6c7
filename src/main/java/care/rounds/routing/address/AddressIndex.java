package care.rounds.routing.address;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.AddressMatch.Kind;
import care.rounds.routing.AddressMatch.Source;
import care.rounds.routing.internal.MapFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streets and house addresses of the loaded map in PostgreSQL, searched with trigram-indexed
 * {@code LIKE} per typed word: every word must occur, so "edgew ave" finds "Edgewood Avenue
 * Northeast" while the user is still typing. Best first: the label starting with the typed text,
 * then a word starting with the first typed word, then trigram similarity.
 */
class AddressIndex {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;

    AddressIndex(JdbcTemplate jdbcTemplate, TransactionTemplate transactions) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.batches = jdbcTemplate;
        this.transactions = transactions;
    }

    Optional<String> indexedMapChecksum() {
        return jdbc.sql("SELECT map_sha256 FROM routing_address_source").query(String.class).optional();
    }

    /** One transaction, so searches see the old index or the new one, never half of it. */
    void replace(MapFile map, List<OnRoadAddress> addresses, Instant now) {
        transactions.executeWithoutResult(status -> {
            // several app nodes may start together: the first indexes, the others find it done
            jdbc.sql("LOCK TABLE routing_address_source IN EXCLUSIVE MODE").update();
            if (indexedMapChecksum().filter(map.sha256()::equals).isPresent()) {
                return;
            }
            jdbc.sql("DELETE FROM routing_address").update();
            jdbc.sql("DELETE FROM routing_address_source").update();
            batches.batchUpdate("""
                            INSERT INTO routing_address (map_sha256, kind, label, search_text, street, house_number,
                                                         latitude, longitude)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    addresses.stream().map(address -> new Object[]{map.sha256(), address.kind().name(),
                            address.label(), AddressNames.searchText(address.label()), address.street(),
                            address.houseNumber(), address.onRoad().latitude(), address.onRoad().longitude()}).toList());
            long streets = addresses.stream().filter(a -> a.kind() == Kind.STREET).count();
            jdbc.sql("""
                            INSERT INTO routing_address_source (map_sha256, map_file, streets, houses, indexed_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(map.sha256(), map.fileName(), streets, addresses.size() - streets, Timestamp.from(now))
                    .update();
        });
    }

    List<AddressMatch> search(String mapChecksum, String typed, int limit) {
        List<List<String>> words = AddressNames.typedWords(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT label, kind, latitude, longitude FROM routing_address WHERE map_sha256 = ?");
        List<Object> params = new ArrayList<>();
        params.add(mapChecksum);
        for (List<String> alternatives : words) {
            sql.append(" AND (").append(String.join(" OR ", alternatives.stream().map(a -> "search_text LIKE ?").toList()))
                    .append(")");
            alternatives.forEach(alternative -> params.add("%" + escapeLike(alternative) + "%"));
        }
        String text = AddressNames.searchText(typed);
        String firstWord = words.get(0).get(words.get(0).size() - 1);
        sql.append(" ORDER BY search_text LIKE ? DESC, search_text ~ ? DESC, similarity(search_text, ?) DESC,"
                + " length(label), label LIMIT ?");
        params.add(escapeLike(text) + "%");
        params.add("\\m" + firstWord); // letters and digits only: nothing to escape in the pattern
        params.add(text);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((row, number) -> new AddressMatch(row.getString("label"),
                        new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
                        Kind.valueOf(row.getString("kind")), Source.MAP))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
