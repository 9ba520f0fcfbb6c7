package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.visits.CallList;
import care.rounds.visits.PatientToCall;
import care.rounds.visits.VisitChanges;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.LocalDate;
import java.util.List;

/**
 * The day's call list on the board: every patient whose visit is no longer what they were told, whoever
 * moved it (a day-of event, Optimize, a roster change's background re-plan). "Called" records the call.
 */
class CallListPanel extends VerticalLayout {

    private final CallList callList;
    private final VisitChanges changes;
    private final ClinicTime time;
    private final H3 title = new H3();
    private final Paragraph hint = new Paragraph();
    private LocalDate day;

    CallListPanel(CallList callList, VisitChanges changes, ClinicTime time) {
        this.callList = callList;
        this.changes = changes;
        this.time = time;
        setPadding(false);
        setSpacing(false);
        title.setId("call-list-title");
        hint.getStyle().set("margin", "0 0 var(--lumo-space-s) 0").set("color", "var(--lumo-secondary-text-color)");
    }

    void show(LocalDate day) {
        this.day = day;
        List<PatientToCall> patients = callList.forDay(day);
        removeAll();
        title.setText("Patients to call" + (patients.isEmpty() ? "" : " (" + patients.size() + ")"));
        hint.setText(patients.isEmpty() ? "Every visit of the day is as its patient was told."
                : "Their clinician changed, or their start moved by more than " + callList.tolerance().toMinutes()
                + " min, since they were told. Call, then tick Called: what they were told becomes the visit as planned.");
        add(title, hint);
        if (!patients.isEmpty()) {
            add(new CallListGrid(time, patients, this::called));
        }
    }

    private void called(PatientToCall patient) {
        try {
            changes.recordPatientTold(patient.visitId(), patient.version(), "Called the patient");
            Notices.saved("Call recorded: " + patient.patientName() + " knows the new time.");
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            Notices.problem("This visit changed meanwhile; the list now shows what holds. Call again if needed.");
        } catch (IllegalStateException closed) {
            Notices.problem(closed.getMessage());
        }
        show(day);
    }
}
