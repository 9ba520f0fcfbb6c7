package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.DayOfEvents;
import care.rounds.dispatch.DayOfOutcome;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.TreatmentProtocol;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.function.Supplier;

/** An urgent visit today: a one-infusion plan for the patient, fitted in from now to the end of the day. */
class UrgentVisitDialog extends ReplanDialog {

    final ComboBox<Patient> patient = new ComboBox<>("Patient");
    final ComboBox<TreatmentProtocol> treatment = new ComboBox<>("Treatment");

    private final DayOfEvents events;

    UrgentVisitDialog(DayOfEvents events, PatientService patients, ClinicTime time, Runnable onReplanned) {
        super("Urgent visit today", "Fit in today", time, onReplanned);
        this.events = events;
        patient.setId("urgent-patient");
        patient.setItems(query -> patients.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()),
                query -> patients.count(query.getFilter().orElse("")));
        patient.setItemLabelGenerator(p -> p.getFullName() + (p.getPhone() == null ? "" : ", " + p.getPhone()));
        patient.setRequiredIndicatorVisible(true);
        patient.setWidthFull();
        List<TreatmentProtocol> oneInfusion = events.urgentTreatments();
        treatment.setId("urgent-treatment");
        treatment.setItems(oneInfusion);
        treatment.setItemLabelGenerator(TreatmentProtocol::getName);
        oneInfusion.stream().filter(p -> p.getName().equalsIgnoreCase("Single infusion")).findFirst()
                .or(() -> oneInfusion.stream().findFirst()).ifPresent(treatment::setValue);
        form.add(new Paragraph("The visit can start from now until the end of the day; the planner fits it "
                + "into today's routes."), patient, treatment);
        finishForm(false, "");
        reason.setVisible(false);
    }

    @Override
    boolean validFields() {
        boolean hasPatient = patient.getValue() != null;
        patient.setInvalid(!hasPatient);
        patient.setErrorMessage("Pick the patient.");
        boolean hasTreatment = treatment.getValue() != null;
        treatment.setInvalid(!hasTreatment);
        treatment.setErrorMessage("Pick the treatment.");
        if (hasPatient && patient.getValue().getHomeLocation() == null) {
            patient.setInvalid(true);
            patient.setErrorMessage("This patient's home is not on the map yet: place it on the patient's page first.");
            return false;
        }
        return hasPatient && hasTreatment;
    }

    @Override
    Supplier<DayOfOutcome> event() {
        long patientId = patient.getValue().getId();
        long protocolId = treatment.getValue().getId();
        return () -> events.urgentVisit(patientId, protocolId);
    }
}
