package care.rounds.booking;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.base.Place;
import care.rounds.base.ui.AddressField;
import care.rounds.booking.ui.BookSeriesView;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.Credential;
import care.rounds.intake.Consultation;
import care.rounds.intake.ConsultationCalendar;
import care.rounds.intake.ConsultationInbox;
import care.rounds.intake.ConsultationIntake;
import care.rounds.intake.ConsultationKind;
import care.rounds.intake.ConsultationOutcome;
import care.rounds.intake.ConsultationRequest;
import care.rounds.intake.ConsultationRequestForm;
import care.rounds.intake.ProvenRequests;
import care.rounds.intake.RequestStatus;
import care.rounds.intake.SubmissionResult;
import care.rounds.intake.ui.ConsultationInboxView;
import care.rounds.patients.Patient;
import care.rounds.planning.SlotOption;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.Routing;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import care.rounds.intake.internal.ProofOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's day, end to end on the real screens: a request from the website, the patient made from
 * it in the inbox, a phone consultation, the outcome "eligible", and the treatment series booked at the
 * slots the planner recommended, stored exactly as the screen showed them.
 */
class OfficeWorkflowIT extends KaribuTest {

    private static final String NAME = "Workflow Andrea Keller";

    @Autowired
    ConsultationIntake intake;
    @Autowired
    ProofOfWork proofOfWork;

    @Autowired
    ConsultationInbox inbox;
    @Autowired
    ConsultationCalendar calendar;
    @Autowired
    VisitService visits;
    @Autowired
    Routing routing;
    @Autowired
    ClinicTime time;

    @Test
    @SuppressWarnings("unchecked")
    void aWebsiteRequestBecomesASeriesBookedAtThePlannersTimes() {
        SubmissionResult sent = intake.submit(new ConsultationRequestForm(NAME, "(470) 555-0181", "andrea@example.com",
                "30307", "Mornings", "My therapist suggested ketamine for PTSD.", true, "", ProvenRequests.proof(proofOfWork)), "203.0.113.181");
        assertThat(sent).isInstanceOf(SubmissionResult.Received.class);

        signInAs("coordinator");
        UI.getCurrent().navigate(ConsultationInboxView.class);
        ConsultationRequest request = inbox.requests(RequestStatus.NEW, 0, 500)
                .filter(r -> r.getFullName().equals(NAME)).findFirst().orElseThrow();
        _get(Grid.class, spec -> spec.withId("requests-grid")).select(request);

        // the patient, from the request without retyping: only date of birth and home are added
        _click(_get(Button.class, spec -> spec.withId("create-patient")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("new-patient-date-of-birth")), LocalDate.of(1984, 2, 29));
        AddressMatch street = routing.searchAddresses("Edgewood", 1).get(0);
        _setValue(_get(AddressField.class, spec -> spec.withId("new-patient-home")), new Place(street.label(), street.onRoad()));
        // the responsible adult: without one, the first infusion is not confirmed
        _setValue(_get(TextField.class, spec -> spec.withId("new-patient-adult-name")), "Jordan Reyes");
        _setValue(_get(TextField.class, spec -> spec.withId("new-patient-adult-phone")), "(404) 555-0143");
        _setValue(_get(TextField.class, spec -> spec.withId("new-patient-adult-relation")), "spouse");
        _click(_get(Button.class, spec -> spec.withId("create-patient-save")));
        Long patientId = inbox.find(request.getId()).orElseThrow().getPatientId();
        assertThat(patientId).isNotNull();

        // a phone consultation with a nurse practitioner
        Clinician np = calendar.screeners().stream().filter(c -> c.getCredential() == Credential.NP).findFirst().orElseThrow();
        _click(_get(Button.class, spec -> spec.withId("book-consultation")));
        _setValue(_get(ComboBox.class, spec -> spec.withId("consultation-clinician")), np);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), time.today().plusDays(31));
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Time")), LocalTime.of(16, 30));
        _click(_get(Button.class, spec -> spec.withId("book-consultation-save")));
        Consultation consultation = calendar.ofRequest(request.getId()).get(0);
        assertThat(consultation.getKind()).isEqualTo(ConsultationKind.PHONE);

        // eligible: straight on to booking the series, with the patient already chosen
        _click(_get(Button.class, spec -> spec.withClasses("record-outcome")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Outcome")), ConsultationOutcome.ELIGIBLE);
        _click(_get(Button.class, spec -> spec.withId("save-outcome")));
        _click(_get(Button.class, spec -> spec.withId("book-treatment-series")));
        _get(BookSeriesView.class);
        assertThat(((Patient) _get(ComboBox.class, spec -> spec.withId("series-patient")).getValue()).getId())
                .isEqualTo(patientId);

        Select<TreatmentProtocol> protocol = _get(Select.class, spec -> spec.withId("series-protocol"));
        assertThat(protocol.getListDataView().getItems().map(TreatmentProtocol::getName))
                .contains("PTSD initial series").doesNotContain("In-home assessment");
        _setValue(protocol, protocol.getListDataView().getItems()
                .filter(p -> p.getName().equals("PTSD initial series")).findFirst().orElseThrow());
        ComboBox<Clinician> orderedBy = _get(ComboBox.class, spec -> spec.withId("order-by"));
        _setValue(orderedBy, np);
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("order-dose")),
                new java.math.BigDecimal("0.5"));
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("order-weight")),
                new java.math.BigDecimal("80"));
        _click(_get(Button.class, spec -> spec.withId("find-slots")));

        // what the screen shows for each infusion; the coordinator takes the second option once
        Grid<InfusionVisit> slots = _get(Grid.class, spec -> spec.withId("series-slots"));
        assertThat(GridKt._size(slots)).isEqualTo(6);
        Map<Long, SlotOption> shown = new LinkedHashMap<>();
        boolean pickedAnother = false;
        for (int row = 0; row < GridKt._size(slots); row++) {
            InfusionVisit visit = GridKt._get(slots, row);
            // the slot cell holds the select of options and, when the best day is full, the sentence saying why
            var cell = GridKt._getCellComponent(slots, row, "slot").getChildren()
                    .filter(Select.class::isInstance).findFirst();
            if (cell.isPresent()) {
                Select<SlotOption> choice = (Select<SlotOption>) cell.get();
                List<SlotOption> offered = choice.getListDataView().getItems().toList();
                assertThat(choice.getValue()).isEqualTo(offered.get(0));
                if (!pickedAnother && offered.size() > 1) {
                    _setValue(choice, offered.get(1));
                    pickedAnother = true;
                }
                shown.put(visit.getId(), choice.getValue());
            }
        }
        assertThat(shown).as("infusions with a recommended slot").isNotEmpty();
        _click(_get(Button.class, spec -> spec.withId("confirm-series")));

        shown.forEach((visitId, option) -> {
            InfusionVisit stored = visits.find(visitId).orElseThrow();
            assertThat(stored.getClinician().getId()).as("clinician of visit %d", visitId).isEqualTo(option.clinicianId());
            assertThat(stored.getPlannedStart()).as("start of visit %d", visitId).isEqualTo(option.start());
            assertThat(stored.isPinned()).isTrue();
            assertThat(stored.getPlan().getPatient().getId()).isEqualTo(patientId);
        });
        assertThat(inbox.find(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.CONSULTATION_BOOKED);
    }
}
