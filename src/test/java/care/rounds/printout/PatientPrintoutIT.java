package care.rounds.printout;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
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
import org.junit.jupiter.api.AfterEach;
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
    @Autowired
    ClinicianService clinicians;

    private final List<InfusionVisit> originals = new java.util.ArrayList<>();

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
        assertThat(link.getElement().getTextRecursively()).contains("Print for the patient");
        assertThat(link.getHref()).matches("VAADIN/dynamic/resource/\\d+/[0-9a-f-]{36}/(visits-printout\\.pdf)?")
                .doesNotContain(patient.getFullName().split(" ")[0]).doesNotContain("patient");
    }

    @Test
    void aClinicianCannotPrintAPatientsVisits() {
        signInAs("clinician");
        assertThatThrownBy(() -> printout.pdf(1L)).isInstanceOf(AccessDeniedException.class);
    }

    /** A demo patient whose series is on a clinician's route (the tests' demo clinic starts unplanned). */
    private Patient patientWithComingVisits() {
        InfusionVisit first = visits.inHorizon(time.startOf(time.today().plusDays(1)), time.startOf(time.today().plusDays(30)))
                .stream().filter(v -> !v.getStatus().isClosed() && !v.getPlan().getProtocol().isAssessment())
                .findFirst().orElseThrow();
        Patient patient = first.getPlan().getPatient();
        Clinician clinician = clinicians.active().get(0);
        for (InfusionVisit visit : visits.ofPatient(patient.getId())) {
            if (!visit.getStatus().isClosed() && visit.getEarliestStart().isAfter(time.now())) {
                originals.add(visit);
                fixtures().place(visit.getId(), clinician, visit.getEarliestStart());
                fixtures().status(visit.getId(), VisitStatus.SCHEDULED);
            }
        }
        return patient;
    }

    @AfterEach
    void putTheVisitsBack() {
        originals.forEach(original -> fixtures().putBack(original));
        originals.clear();
    }
}
