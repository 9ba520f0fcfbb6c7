package care.rounds.messages.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.DetailSection;
import care.rounds.messages.DeliveryLog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The patient screen's delivery log: every message to this patient, with each delivery step. */
@SpringComponent
@Scope("prototype")
class PatientMessagesSection implements DetailSection.OfPatient {

    private final DeliveryLog log;
    private final DeliveryLogGrid grid;

    PatientMessagesSection(DeliveryLog log, ClinicTime time) {
        this.log = log;
        this.grid = new DeliveryLogGrid("Messages to this patient", "patient-messages", time);
    }

    @Override
    public Component component() {
        return grid;
    }

    @Override
    public void show(Long patientId) {
        grid.setVisible(patientId != null);
        if (patientId != null) {
            grid.show(log.ofPatient(patientId), "No message sent yet. Messages go out on the channels ticked above.");
        }
    }
}
