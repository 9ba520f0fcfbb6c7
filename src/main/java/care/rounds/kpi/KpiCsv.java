package care.rounds.kpi;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The figures as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks
 * quoted, quotes doubled). Dates are days in the clinic's zone; hours are decimal; shares are percent;
 * an empty cell means no data. A cell that a spreadsheet would run as a formula is prefixed with '.
 */
public final class KpiCsv {

    private static final String NEWLINE = "\r\n";
    private static final List<String> FIGURE_HEADERS = List.of("Visits", "Infusion hours", "Drive hours",
            "Drive share %", "Scheduled hours", "Utilisation %", "Continuity %", "Unassigned visits",
            "Arrivals recorded", "On time %");

    private KpiCsv() {
    }

    public static String perDay(KpiReport report, ZoneId zone) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Date (" + zone.getId() + ")"));
        header.addAll(FIGURE_HEADERS);
        line(csv, header);
        for (KpiReport.DayRow row : report.days()) {
            List<String> cells = new ArrayList<>(List.of(row.day().toString()));
            cells.addAll(cells(row.figures()));
            line(csv, cells);
        }
        return csv.toString();
    }

    public static String perClinician(KpiReport report) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Clinician", "From", "To"));
        header.addAll(FIGURE_HEADERS);
        line(csv, header);
        for (KpiReport.ClinicianRow row : report.clinicians()) {
            List<String> cells = new ArrayList<>(List.of(row.name(), report.from().toString(), report.to().toString()));
            cells.addAll(cells(row.figures()));
            line(csv, cells);
        }
        return csv.toString();
    }

    private static List<String> cells(KpiFigures f) {
        return List.of(String.valueOf(f.visits()), hours(f.infusion()), hours(f.driving()), percent(f.driveShare()),
                hours(f.scheduled()), percent(f.utilisation()), percent(f.continuity()), String.valueOf(f.unassigned()),
                String.valueOf(f.arrivalsRecorded()), percent(f.onTimeRate()));
    }

    private static String hours(java.time.Duration duration) {
        return String.format(Locale.ROOT, "%.2f", KpiFigures.hours(duration));
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.1f", share.getAsDouble() * 100) : "";
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append(NEWLINE);
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }
}
