package care.rounds.printout;

import java.util.List;

/**
 * Everything the print-out says, as text: made by {@link PatientPrintout}, drawn by {@link PrintoutPdf}.
 *
 * @param clinicName       the clinic's name, the page's heading
 * @param clinicPhone      the clinic's phone; empty when none is configured
 * @param patientName      the patient's full name
 * @param preparedOn       the day the page was made, "December 4, 2026"
 * @param zoneName         the clinic's time zone in words, "Eastern Time"
 * @param visits           the coming visits in order
 * @param responsibleAdult the responsible adult's name, or null when none is recorded yet
 * @param fasting          the fasting rule in a sentence
 */
public record PrintoutContent(String clinicName, String clinicPhone, String patientName, String preparedOn,
                              String zoneName, List<PrintedVisit> visits, String responsibleAdult, String fasting) {

    public PrintoutContent {
        visits = List.copyOf(visits);
    }

    /** The lines under "Before each visit". */
    public List<String> preparation() {
        String adult = responsibleAdult == null || responsibleAdult.isBlank()
                ? "A responsible adult must be at home with you"
                : "A responsible adult (" + responsibleAdult + ") must be at home with you";
        return List.of(
                adult + " from the clinician's arrival until the clinician leaves.",
                "Do not drive for the rest of the day after each visit. Plan for someone else to drive if you "
                        + "need to go out.",
                fasting,
                "Wear a top with sleeves that roll up above the elbow, and have a comfortable chair or bed ready.",
                "Keep a list of the medicines you take, and tell the clinician about any change since the last visit.");
    }

    /** The crisis lines, printed on every page. */
    public List<String> crisisLines() {
        return List.of(
                "If you are in crisis or thinking about suicide: call or text 988 (Suicide and Crisis Lifeline), "
                        + "any time, day or night.",
                "Veterans: call 988 and press 1 (Veterans Crisis Line).",
                "In an emergency: call 911.");
    }
}
