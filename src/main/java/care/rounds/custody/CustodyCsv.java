package care.rounds.custody;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The custody ledger of a date range as CSV, one line per entry as written: nothing is merged, so a
 * correction or a resolution appears as its own line naming the entry it concerns.
 */
public final class CustodyCsv {

    static final String HEADER = "entry,recorded_at,day,kind,kit,lot,clinician,visit_id,mg,mg_wasted,refers_to,"
            + "discrepancy,reason,recorded_by";

    private CustodyCsv() {
    }

    public static String of(List<CustodyEntry> entries, Map<Long, Kit> kits, Map<Long, String> clinicians, ZoneId zone) {
        DateTimeFormatter at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (CustodyEntry e : entries) {
            Kit kit = kits.get(e.getKitId());
            csv.append(String.join(",", String.valueOf(e.getId()), at.format(e.getAt()), e.getDay().toString(),
                    e.getKind().name(), cell(kit == null ? "?" : kit.getNumber()), cell(kit == null ? "?" : kit.getLot()),
                    cell(clinicians.getOrDefault(e.getClinicianId(), "clinician " + e.getClinicianId())),
                    e.getVisitId() == null ? "" : e.getVisitId().toString(), mg(e.getMg()), mg(e.getMgWasted()),
                    e.getRefersTo() == null ? "" : e.getRefersTo().toString(),
                    e.getDiscrepancy() == null ? "" : e.getDiscrepancy().name(), cell(e.getReason()),
                    cell(e.getRecordedBy()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String mg(BigDecimal mg) {
        return mg == null ? "" : Reconciliation.plain(mg);
    }

    /** Quotes when needed; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.contains("\"") || text.contains(",") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip());
        return quote
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
