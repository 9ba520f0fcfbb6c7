package care.rounds.messages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a message may say, and nothing more: the renderer gets this record, never the patient,
 * the plan or the visit, so a template cannot reach a diagnosis, protocol or medication.
 *
 * @param firstName     the patient's first name
 * @param when          the visit's day and time in the clinic's zone, "Tue Dec 8 at 9:30 AM"
 * @param clinician     the clinician's first name
 * @param arrival       the expected arrival time, "10:05 AM" ("on the way" only)
 * @param dates         the series' visits, one per line (confirmation only)
 * @param clinicPhone   the clinic's phone
 */
public record MessageFacts(String firstName, String when, String clinician, String arrival, String dates,
                           String clinicPhone) {

    /** The names a template may use, each in double braces. */
    public static final java.util.List<String> PLACEHOLDERS =
            java.util.List.of("firstName", "when", "clinician", "arrival", "dates", "clinicPhone");

    Map<String, String> asMap() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", nz(firstName));
        values.put("when", nz(when));
        values.put("clinician", nz(clinician));
        values.put("arrival", nz(arrival));
        values.put("dates", nz(dates));
        values.put("clinicPhone", nz(clinicPhone));
        return values;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
