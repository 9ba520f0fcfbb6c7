package care.rounds.intake;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.base.Place;
import care.rounds.base.ui.AddressField;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.Credential;
import care.rounds.intake.ui.ConsultationInboxView;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.Routing;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeEach;
import care.rounds.intake.internal.ProofOfWork;
import care.rounds.intake.internal.SpamTally;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's inbox: from a website request to a patient, a consultation and its outcome. */
class ConsultationInboxViewIT extends KaribuTest {

    private static final AtomicInteger SENDER = new AtomicInteger(1);

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient auditRecord;

    private long opened(String action, String username, long subjectId) {
        return auditRecord.sql("select count(*) from audit_entry where action = ? and username = ? and subject_id = ?")
                .param(action).param(username).param(subjectId).query(Long.class).single();
    }

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
    ConsultationCalendar calendar;
    @Autowired
    PatientService patients;
    @Autowired
    ClinicTime time;
    @Autowired
    Routing routing;

    @Autowired
    SpamTally spam;

    @Test
    void theManagerSeesWhatTheSpamDefenceStoppedAndTheCoordinatorDoesNot() {
        assertThat(_find(Span.class, spec -> spec.withId("spam-stopped"))).isEmpty();
        spam.count(SpamReason.TOO_FAST);
        signInAs("manager");
        UI.getCurrent().navigate(ConsultationInboxView.class);
        assertThat(_get(Span.class, spec -> spec.withId("spam-stopped")).getText())
                .startsWith("Stopped before the inbox in the last 30 days:")
                .containsPattern("[1-9][0-9]* sent faster than a person can type");
    }

    @BeforeEach
    void openAsCoordinator() {
        signInAs("coordinator");
        UI.getCurrent().navigate(ConsultationInboxView.class);
    }

    private ConsultationRequest received(String name, String phone) {
        intake.submit(new ConsultationRequestForm(name, phone, "inbox@example.com", null, "Evenings", "Hello", true, "",
                        ProvenRequests.proof(proofOfWork)),
                "198.51.100." + SENDER.getAndIncrement());
        return requests.findAll().stream().filter(r -> r.getFullName().equals(name)).findFirst().orElseThrow();
    }

    private ConsultationRequest withPatient(String name, String phone) {
        ConsultationRequest request = received(name, phone);
        Patient patient = inbox.draftPatient(request);
        patient.setDateOfBirth(LocalDate.of(1980, 5, 17));
        patient.setHomeAddress("100 Peachtree St NW, Atlanta, GA 30303");
        return inbox.createPatient(request.getId(), patient);
    }

    @SuppressWarnings("unchecked")
    private void select(ConsultationRequest request) {
        _get(Grid.class, spec -> spec.withId("requests-grid")).select(request);
    }

    private Clinician nursePractitioner() {
        return calendar.screeners().stream().filter(c -> c.getCredential() == Credential.NP).findFirst().orElseThrow();
    }

    @Test
    void aRequestBecomesAPatientWithoutRetyping() {
        ConsultationRequest request = received("Inbox Becomes Patient", "(678) 555-0142");
        select(request);
        assertThat(opened("OPENED_REQUEST", "coordinator", request.getId()))
                .as("the audit record says who opened the request").isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("create-patient")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Full name")).getValue()).isEqualTo("Inbox Becomes Patient");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Phone")).getValue()).isEqualTo("(678) 555-0142");

        _click(_get(Button.class, spec -> spec.withId("create-patient-save")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("new-patient-date-of-birth")).isInvalid()).isTrue();
        assertThat(requests.findById(request.getId()).orElseThrow().getPatientId()).isNull();

        _setValue(_get(DatePicker.class, spec -> spec.withId("new-patient-date-of-birth")), LocalDate.of(1975, 3, 9));
        AddressMatch street = routing.searchAddresses("Peachtree", 1).get(0);
        _setValue(_get(AddressField.class, spec -> spec.withId("new-patient-home")), new Place(street.label(), street.onRoad()));
        _click(_get(Button.class, spec -> spec.withId("create-patient-save")));

        ConsultationRequest linked = requests.findById(request.getId()).orElseThrow();
        Patient patient = patients.find(linked.getPatientId()).orElseThrow();
        assertThat(patient.getFullName()).isEqualTo("Inbox Becomes Patient");
        assertThat(patient.getPhone()).isEqualTo("(678) 555-0142");
        assertThat(patient.getEmail()).isEqualTo("inbox@example.com");
        assertThat(patient.getState()).isEqualTo("GA");
        assertThat(patient.getHomeAddress()).startsWith(street.label()); // the full address adds the state
        assertThat(patient.getHomeLocation()).isEqualTo(street.onRoad());
        assertThat(linked.getStatus()).isEqualTo(RequestStatus.CONTACTED);
        assertThat(_get(Span.class, spec -> spec.withId("request-patient")).getText())
                .contains("Inbox Becomes Patient");
    }

    @Test
    void aPhoneConsultationIsBookedWithANursePractitionerAndAnOverlapIsRefused() {
        ConsultationRequest request = withPatient("Inbox Phone Consultation", "(678) 555-0143");
        Clinician np = nursePractitioner();
        LocalDate day = time.today().plusDays(20);
        select(request);
        _click(_get(Button.class, spec -> spec.withId("book-consultation")));
        _setValue(_get(ComboBox.class, spec -> spec.withId("consultation-clinician")), np);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), day);
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Time")), LocalTime.of(10, 0));
        _click(_get(Button.class, spec -> spec.withId("book-consultation-save")));

        List<Consultation> booked = consultations.findByRequestIdOrderByStartsAt(request.getId());
        assertThat(booked).singleElement().satisfies(c -> {
            assertThat(c.getKind()).isEqualTo(ConsultationKind.PHONE);
            assertThat(c.getClinician().getId()).isEqualTo(np.getId());
            assertThat(c.getDurationMinutes()).isEqualTo(30);
        });
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.CONSULTATION_BOOKED);

        ConsultationRequest other = withPatient("Inbox Overlapping Consultation", "(678) 555-0144");
        select(other);
        _click(_get(Button.class, spec -> spec.withId("book-consultation")));
        _setValue(_get(ComboBox.class, spec -> spec.withId("consultation-clinician")), np);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), day);
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Time")), LocalTime.of(10, 15));
        _click(_get(Button.class, spec -> spec.withId("book-consultation-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("booking-problem")).getText())
                .contains(np.getDisplayName()).contains("already has a consultation");
        assertThat(consultations.findByRequestIdOrderByStartsAt(other.getId())).isEmpty();
    }

    @Test
    void anEligibleOutcomeLeadsStraightToBookingTheTreatmentSeries() {
        ConsultationRequest request = withPatient("Inbox Eligible Patient", "(678) 555-0145");
        calendar.book(request.getId(), new ConsultationSlot(ConsultationKind.VIDEO, nursePractitioner().getId(),
                time.now().plus(Duration.ofDays(25)), 30));
        boolean stub = !RouteConfiguration.forApplicationScope().isPathAvailable(TreatmentSeriesHandoff.ROUTE);
        if (stub) {
            RouteConfiguration.forSessionScope().setRoute(TreatmentSeriesHandoff.ROUTE, SeriesBookingStub.class);
        }
        select(request);
        _click(_get(Button.class, spec -> spec.withClasses("record-outcome")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Outcome")), ConsultationOutcome.ELIGIBLE);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Notes")), "Good candidate; start next week");
        _click(_get(Button.class, spec -> spec.withId("save-outcome")));

        Consultation recorded = consultations.findByRequestIdOrderByStartsAt(request.getId()).get(0);
        assertThat(recorded.getOutcome()).isEqualTo(ConsultationOutcome.ELIGIBLE);
        assertThat(recorded.getNotes()).isEqualTo("Good candidate; start next week");

        _click(_get(Button.class, spec -> spec.withId("book-treatment-series")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(TreatmentSeriesHandoff.ROUTE);
        if (stub) {
            assertThat(VaadinSession.getCurrent().getAttribute(TreatmentSeriesHandoff.ATTRIBUTE))
                    .isEqualTo(request.getPatientId());
        }
    }

    @Test
    void decliningAsksForConfirmationFirst() {
        ConsultationRequest request = received("Inbox Declined Person", "(678) 555-0146");
        select(request);
        _click(_get(Button.class, spec -> spec.withId("decline")));
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.NEW);
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.DECLINED);
    }

    @Test
    void aHeldRequestIsFoundUnderHeldAndMovedToTheInbox() {
        intake.submit(new ConsultationRequestForm("Inbox Held Person", "(678) 555-0147", null, null, null, null, true, "",
                null), "198.51.100." + SENDER.getAndIncrement());
        ConsultationRequest held = requests.findAll().stream()
                .filter(r -> r.getFullName().equals("Inbox Held Person")).findFirst().orElseThrow();
        assertThat(held.getStatus()).isEqualTo(RequestStatus.HELD);
        assertThat(inbox.requests(null, 0, 10_000).map(ConsultationRequest::getId)).as("not among all requests")
                .doesNotContain(held.getId());
        _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("status-filter")),
                RequestStatus.HELD);
        select(held);
        _click(_get(Button.class, spec -> spec.withId("release-held")));
        assertThat(requests.findById(held.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.NEW);
    }

    /** Stands in for the treatment series screen while it is not built yet. */
    @RolesAllowed("COORDINATOR")
    public static class SeriesBookingStub extends Div {
    }
}
