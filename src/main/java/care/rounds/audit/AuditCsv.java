package care.rounds.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit record as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed, quotes
 * doubled). Times are ISO in the clinic's zone. A cell a spreadsheet would run as a formula gets a
 * leading ' (names and typed usernames come from people).
 */
public final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AuditCsv() {
    }

    public static String of(List<AuditEntry> entries, ZoneId zone) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of("Time (" + zone.getId() + ")", "User", "Action", "Patient id", "Visit or request id",
                "Patient or export", "Address"));
        for (AuditEntry e : entries) {
            line(csv, List.of(TIME.format(e.getAt().atZone(zone)), e.getUsername(), e.getAction().description(),
                    text(e.getPatientId()), text(e.getSubjectId()), text(e.getDetail()), text(e.getAddress())));
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
