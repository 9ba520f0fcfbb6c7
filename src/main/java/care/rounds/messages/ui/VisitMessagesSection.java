package care.rounds.messages.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.DetailSection;
import care.rounds.messages.DeliveryLog;
import care.rounds.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The visit screen's delivery log, for the office: the messages about this visit. */
@SpringComponent
@Scope("prototype")
class VisitMessagesSection implements DetailSection.OfVisit {

    private final DeliveryLog log;
    private final DeliveryLogGrid grid;
    private final boolean office;

    VisitMessagesSection(DeliveryLog log, ClinicTime time, CurrentUser currentUser) {
        this.log = log;
        this.grid = new DeliveryLogGrid("Messages about this visit", "visit-messages", time);
        this.office = currentUser.isOffice();
    }

    @Override
    public Component component() {
        return grid;
    }

    @Override
    public void show(Long visitId) {
        grid.setVisible(office && visitId != null);
        if (office && visitId != null) {
            try {
                grid.show(log.ofVisit(visitId), "No message about this visit yet.");
            } catch (org.springframework.security.access.AccessDeniedException notCoordinator) {
                grid.setVisible(false);
            }
        }
    }
}
