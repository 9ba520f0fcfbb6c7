package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.visits.PatientToCall;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Patients to call: name, phone, what they were told and what holds now. With a "Called" action, ticking
 * it records the call (and makes the visit as planned what the patient knows).
 */
class CallListGrid extends Grid<PatientToCall> {

    CallListGrid(ClinicTime time, List<PatientToCall> patients, Consumer<PatientToCall> onCalled) {
        super(PatientToCall.class, false);
        setId("patients-to-call");
        addColumn(PatientToCall::patientName).setHeader("Patient").setAutoWidth(true);
        addColumn(PatientToCall::patientPhone).setHeader("Phone").setAutoWidth(true);
        addColumn(c -> when(time, c.toldStart(), c.toldClinician(), "Nothing yet")).setHeader("Was told")
                .setAutoWidth(true);
        addColumn(c -> when(time, c.nowStart(), c.nowClinician(), "Not placed: call to rebook")).setHeader("Now")
                .setAutoWidth(true);
        if (onCalled != null) {
            addComponentColumn(patient -> {
                Button called = new Button("Called", e -> onCalled.accept(patient));
                called.addThemeVariants(ButtonVariant.LUMO_SMALL);
                called.setTooltipText("Record that " + patient.patientName() + " now knows the new time");
                return called;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText("Every patient's visit is as they were told: nobody to call.");
        setAllRowsVisible(true);
        setItems(patients);
    }

    private static String when(ClinicTime time, Instant at, String clinician, String none) {
        if (at == null) {
            return none;
        }
        return time.dateTime(at) + (clinician == null ? "" : ", " + clinician);
    }
}
