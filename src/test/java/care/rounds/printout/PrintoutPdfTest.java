package care.rounds.printout;

import care.rounds.clinicians.Credential;
import care.rounds.plans.TreatmentProtocol;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PrintoutPdfTest {

    private static final List<PrintedVisit> SIX = IntStream.rangeClosed(0, 5).mapToObj(i -> new PrintedVisit(
            List.of("Monday, December 7, 2026", "Wednesday, December 9, 2026", "Friday, December 11, 2026",
                    "Monday, December 14, 2026", "Wednesday, December 16, 2026", "Friday, December 18, 2026").get(i),
            "between 9:15 AM and 9:45 AM", i < 4 ? "Maria" : "Grace")).toList();

    private static PrintoutContent series(String adult, String fasting) {
        return new PrintoutContent("Peachtree Home Infusion", "(404) 555-0100", "Jordan Smith", "December 4, 2026",
                "Eastern Time", SIX, adult, fasting);
    }

    @Test
    void aSixInfusionSeriesFitsOnePageWithEverythingThePatientNeeds() {
        byte[] pdf = PrintoutPdf.write(series("Sam Smith", PatientPrintout.fasting(List.of(protocol(6, 2)))));
        PrintoutPages.screenshot(pdf, "printout-series");

        String text = PrintoutPages.text(pdf).replaceAll("\\s+", " ");
        assertThat(PrintoutPages.pageCount(pdf)).isEqualTo(1);
        assertThat(text).contains("Peachtree Home Infusion", "Phone (404) 555-0100", "Jordan Smith",
                "between 9:15 AM and 9:45 AM", "Maria", "Grace", "Eastern Time");
        SIX.forEach(visit -> assertThat(text).contains(visit.date()));
        assertThat(text).contains("A responsible adult (Sam Smith) must be at home", "Do not drive for the rest of the day",
                "Do not eat solid food for 6 hours", "until 2 hours before", "988", "911",
                "To change or cancel a visit, call (404) 555-0100.");
    }

    @Test
    void withoutAFastingRuleThePatientIsToldToEatLightly() {
        assertThat(PatientPrintout.fasting(List.of(protocol(null, null))))
                .isEqualTo("There is no fasting rule for your treatment: eat lightly before each visit.");
    }

    @Test
    void theStrictestFastingRuleOfThePatientsProtocolsIsPrinted() {
        assertThat(PatientPrintout.fasting(List.of(protocol(4, null), protocol(6, 1), protocol(null, 2))))
                .isEqualTo("Do not eat solid food for 6 hours before each visit's arrival time. You may drink clear "
                        + "liquids (water, clear juice, black coffee or tea) until 2 hours before; then nothing to drink.");
    }

    @Test
    void noVisitBookedYetSaysTheClinicWillCall() {
        byte[] pdf = PrintoutPdf.write(new PrintoutContent("Peachtree Home Infusion", "", "Jordan Smith",
                "December 4, 2026", "Eastern Time", List.of(), null, "x"));
        PrintoutPages.screenshot(pdf, "printout-nothing-booked");
        String text = PrintoutPages.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("No visit is booked yet", "A responsible adult must be at home",
                "To change or cancel a visit, contact Peachtree Home Infusion.").doesNotContain("Phone");
    }

    @Test
    void aClinicianIsNamedByFirstNameOnly() {
        assertThat(PatientPrintout.firstName("Maria Alvarez")).isEqualTo("Maria");
        assertThat(PatientPrintout.firstName("Cher")).isEqualTo("Cher");
    }

    private static TreatmentProtocol protocol(Integer food, Integer liquids) {
        TreatmentProtocol protocol = new TreatmentProtocol("Series", 6, 120, 100, 44, 96, EnumSet.of(Credential.CRNA));
        protocol.setFastingFoodHours(food);
        protocol.setFastingClearLiquidHours(liquids);
        return protocol;
    }
}
