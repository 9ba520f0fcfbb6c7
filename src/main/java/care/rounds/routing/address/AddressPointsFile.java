package care.rounds.routing.address;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * House addresses from a CSV file in the OpenAddresses layout, for regions where OpenStreetMap has few
 * house numbers: a header row naming at least {@code LON}, {@code LAT}, {@code NUMBER} and
 * {@code STREET}, optionally {@code UNIT}, {@code CITY} and {@code POSTCODE} (any order, any case).
 * Rows without a number, a street or a position are skipped; an address without a city gets the
 * nearest town of the map.
 */
final class AddressPointsFile {

    private final Path path;

    AddressPointsFile(Path path) {
        this.path = path;
    }

    List<MapAddress> read() {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return List.of();
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = fields(header.replace("\uFEFF", ""));
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).strip().toUpperCase(Locale.ROOT), i);
            }
            for (String required : List.of("LON", "LAT", "NUMBER", "STREET")) {
                if (!columns.containsKey(required)) {
                    throw new IllegalArgumentException("The address-points file " + path.getFileName()
                            + " has no " + required + " column: its first row must name the columns LON, LAT, "
                            + "NUMBER, STREET and optionally UNIT, CITY, POSTCODE (the OpenAddresses layout).");
                }
            }
            List<MapAddress> houses = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                List<String> row = fields(line);
                String number = column(row, columns, "NUMBER");
                String street = column(row, columns, "STREET");
                try {
                    double lon = Double.parseDouble(column(row, columns, "LON"));
                    double lat = Double.parseDouble(column(row, columns, "LAT"));
                    if (!number.isBlank() && !street.isBlank()) {
                        houses.add(new MapAddress(Kind.HOUSE, number, street, column(row, columns, "UNIT"),
                                column(row, columns, "CITY"), column(row, columns, "POSTCODE"), new GeoPoint(lat, lon)));
                    }
                } catch (IllegalArgumentException noPosition) {
                    // a row without a usable position cannot be placed on a road
                }
            }
            return houses;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the address-points file " + path.getFileName(), e);
        }
    }

    private static String column(List<String> row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    /** One CSV line: commas separate, double quotes enclose fields that contain commas or quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
