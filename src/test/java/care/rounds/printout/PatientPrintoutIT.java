package care.rounds.printout;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.patients.Patient;
import care.rounds.patients.ui.PatientsView;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientPrintoutIT extends KaribuTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    @Autowired
    PatientPrintout printout;
    @Autowired
    VisitService visits;
    @Autowired
    ClinicTime time;

    @Test
    void thePrintOutNamesTheClinicItsPhoneAndEveryComingVisitsDate() {
        signInAs("coordinator");
        Patient patient = patientWithComingVisits();
        List<String> dates = visits.ofPatient(patient.getId()).stream()
                .filter(v -> v.getPlannedStart() != null && !v.getStatus().isClosed())
                .filter(v -> !v.getPlannedStart().isBefore(time.startOf(time.today())))
                .map(v -> DAY.format(time.inClinicZone(v.getPlannedStart()))).toList();

        byte[] pdf = printout.pdf(patient.getId());
        PrintoutPages.screenshot(pdf, "printout-demo-patient");

        String text = PrintoutPages.text(pdf).replaceAll("\\s+", " ");
        assertThat(dates).isNotEmpty();
        assertThat(text).contains("Rounds Home Infusion", "(404) 555-0100", patient.getFullName(), "988",
                "Do not drive", "Do not eat solid food for 6 hours");
        dates.forEach(date -> assertThat(text).contains(date));
    }

    @Test
    void theLinkOnThePatientScreenCarriesNoPatientDetail() {
        signInAs("coordinator");
        Patient patient = patientWithComingVisits();
        UI.getCurrent().navigate(PatientsView.class);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search name, phone or address")),
                patient.getFullName());
        @SuppressWarnings("unchecked")
        Grid<Patient> grid = _get(Grid.class, spec -> spec.withId("patients-grid"));
        grid.select(GridKt._get(grid, 0));

        Anchor link = _get(Anchor.class, spec -> spec.withId("print-for-patient"));
        assertThat(link.getText()).contains("Print for the patient");
        assertThat(link.getHref()).matches("VAADIN/dynamic/resource/\\d+/[0-9a-f-]{36}/visits-printout\\.pdf")
                .doesNotContain(patient.getFullName().split(" ")[0]).doesNotContain("patient");
    }

    @Test
    void aClinicianCannotPrintAPatientsVisits() {
        signInAs("clinician");
        assertThatThrownBy(() -> printout.pdf(1L)).isInstanceOf(AccessDeniedException.class);
    }

    private Patient patientWithComingVisits() {
        return visits.inHorizon(time.startOf(time.today().plusDays(1)), time.startOf(time.today().plusDays(8))).stream()
                .filter(v -> v.getStatus() == VisitStatus.SCHEDULED && v.getClinician() != null)
                .filter(v -> !v.getPlan().getProtocol().isAssessment())
                .map(InfusionVisit::getPlan).map(plan -> plan.getPatient()).findFirst().orElseThrow();
    }
}
