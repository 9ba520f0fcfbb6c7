package care.rounds.intake;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.base.Place;
import care.rounds.booking.SeriesBooking;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.Credential;
import care.rounds.dispatch.DispatchService;
import care.rounds.intake.ui.ConsultationInboxView;
import care.rounds.patients.Patient;
import care.rounds.planning.SchedulePlanner;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.routing.Routing;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.BeforeEach;
import care.rounds.intake.internal.ProofOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** An in-home assessment booked in the inbox is a visit with an arrival window that the planner routes. */
class InHomeAssessmentIT extends KaribuTest {

    @Autowired
    ConsultationIntake intake;
    @Autowired
    ProofOfWork proofOfWork;

    @Autowired
    ConsultationRequestRepository requests;
    @Autowired
    ConsultationRepository consultations;
    @Autowired
    ConsultationInbox inbox;
    @Autowired
    VisitService visits;
    @Autowired
    SchedulePlanner planner;
    @Autowired
    DispatchService dispatch;
    @Autowired
    SeriesBooking booking;
    @Autowired
    Routing routing;
    @Autowired
    ClinicTime time;

    @BeforeEach
    void openAsCoordinator() {
        signInAs("coordinator");
        UI.getCurrent().navigate(ConsultationInboxView.class);
    }

    private ConsultationRequest withPatient(String name, String phone, String street, String sender) {
        intake.submit(new ConsultationRequestForm(name, phone, null, null, "Afternoons", "Assessment at home, please", true, "",
                        ProvenRequests.proof(proofOfWork)),
                sender);
        ConsultationRequest request = requests.findAll().stream().filter(r -> r.getFullName().equals(name))
                .findFirst().orElseThrow();
        Patient patient = inbox.draftPatient(request);
        patient.setDateOfBirth(LocalDate.of(1979, 8, 2));
        if (street == null) {
            patient.setHomeAddress("Somewhere not yet on the map");
        } else {
            Place home = routing.searchPlaces(street, 1).get(0);
            patient.setHomeAddress(home.address());
            patient.setHomeLocation(home.location());
        }
        return inbox.createPatient(request.getId(), patient);
    }

    @SuppressWarnings("unchecked")
    private void bookInHome(ConsultationRequest request, LocalDate day, LocalTime from, LocalTime by) {
        _get(Grid.class, spec -> spec.withId("requests-grid")).select(request);
        _click(_get(Button.class, spec -> spec.withId("book-consultation")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Kind")), ConsultationKind.IN_HOME);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), day);
        _setValue(_get(TimePicker.class, spec -> spec.withId("consultation-time")), from);
        _setValue(_get(TimePicker.class, spec -> spec.withId("consultation-arrive-by")), by);
        _click(_get(Button.class, spec -> spec.withId("book-consultation-save")));
    }

    private static LocalDate weekdayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    @Test
    void anInHomeAssessmentBecomesAVisitThePlannerPutsOnAnMdOrNpRoute() {
        ConsultationRequest request = withPatient("Assessment Routed Person", "(404) 555-0171", "Edgewood", "198.51.100.171");
        LocalDate day = weekdayAfter(weekdayAfter(time.today()));
        bookInHome(request, day, LocalTime.of(9, 0), LocalTime.of(13, 0));

        Consultation consultation = consultations.findByRequestIdOrderByStartsAt(request.getId()).get(0);
        assertThat(consultation.getKind()).isEqualTo(ConsultationKind.IN_HOME);
        assertThat(consultation.getVisitId()).isNotNull();
        InfusionVisit visit = visits.find(consultation.getVisitId()).orElseThrow();
        assertThat(visit.getPlan().getProtocol().getName()).isEqualTo("In-home assessment");
        assertThat(visit.getPlan().getPatient().getId()).isEqualTo(request.getPatientId());
        assertThat(visit.getCredentialsAllowed()).containsExactlyInAnyOrder(Credential.MD, Credential.NP);
        assertThat(visit.getDurationMinutes()).isEqualTo(60);
        assertThat(visit.getEarliestStart()).isEqualTo(ZonedDateTime.of(day, LocalTime.of(9, 0), time.zone()).toInstant());
        assertThat(visit.getLatestStart()).isEqualTo(ZonedDateTime.of(day, LocalTime.of(13, 0), time.zone()).toInstant());
        assertThat(visit.getClinician()).isNull();
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.CONSULTATION_BOOKED);
        assertThat(_get(Span.class, spec -> spec.withClasses("consultation-what")).getText())
                .contains("In-home assessment").contains("waiting for the planner");

        planner.planAndWait(day, 1);

        InfusionVisit planned = visits.find(visit.getId()).orElseThrow();
        Clinician clinician = planned.getClinician();
        assertThat(clinician).as("the planner assigns the assessment").isNotNull();
        assertThat(clinician.getCredential()).isIn(Credential.MD, Credential.NP);
        assertThat(planned.getPlannedStart()).isBetween(planned.getEarliestStart(), planned.getLatestStart());
        assertThat(dispatch.board(day).routes()).as("the board shows it on the clinician's route")
                .filteredOn(route -> route.clinician().getId().equals(clinician.getId())).singleElement()
                .satisfies(route -> assertThat(route.stops()).extracting(InfusionVisit::getId).contains(visit.getId()));
        _get(Grid.class, spec -> spec.withId("requests-grid")).deselectAll();
        _get(Grid.class, spec -> spec.withId("requests-grid")).select(requests.findById(request.getId()).orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withClasses("consultation-what")).getText())
                .contains("planned for " + time.dateTime(planned.getPlannedStart()) + " with " + clinician.getDisplayName());
    }

    @Test
    void anAssessmentForAHomeNotOnTheMapIsRefusedInPlace() {
        ConsultationRequest request = withPatient("Assessment Unplaced Person", "(404) 555-0172", null, "198.51.100.172");
        bookInHome(request, weekdayAfter(time.today()), LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-problem")).getText())
                .contains("not placed on the map");
        assertThat(consultations.findByRequestIdOrderByStartsAt(request.getId())).isEmpty();
    }

    @Test
    void anArrivalWindowThatEndsBeforeItStartsIsRefused() {
        ConsultationRequest request = withPatient("Assessment Backwards Window", "(404) 555-0173", "Edgewood", "198.51.100.173");
        bookInHome(request, weekdayAfter(time.today()), LocalTime.of(14, 0), LocalTime.of(11, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-problem")).getText())
                .contains("arrival window must end after it starts");
        assertThat(consultations.findByRequestIdOrderByStartsAt(request.getId())).isEmpty();
    }

    @Test
    void switchingToInHomeOffersTheProtocolsLengthAndTheArrivalWindow() {
        ConsultationRequest request = withPatient("Assessment Dialog Person", "(404) 555-0174", "Edgewood", "198.51.100.174");
        _get(Grid.class, spec -> spec.withId("requests-grid")).select(request);
        _click(_get(Button.class, spec -> spec.withId("book-consultation")));
        _assertNone(TimePicker.class, spec -> spec.withId("consultation-arrive-by"));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Kind")), ConsultationKind.IN_HOME);
        _assertOne(TimePicker.class, spec -> spec.withId("consultation-arrive-by"));
        assertThat(_get(IntegerField.class, spec -> spec.withId("consultation-length")).getValue()).isEqualTo(60);
        assertThat(_get(ComboBox.class, spec -> spec.withId("consultation-clinician")).getLabel()).startsWith("Preferred");
    }

    @Test
    void theAssessmentProtocolIsNotOfferedAsATreatmentSeries() {
        assertThat(booking.protocols()).extracting(TreatmentProtocol::getName)
                .contains("PTSD initial series").doesNotContain("In-home assessment");
    }
}
