package care.rounds.dispatch.ui;

import care.rounds.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A clinician's home is My day: signing in (or opening the application's address) takes her there, not to the
 * office's visit grid. Other roles keep their home (Visits).
 */
@Component
class ClinicianHome implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    ClinicianHome(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::homeOfClinician));
    }

    private void homeOfClinician(BeforeEnterEvent event) {
        if (event.getLocation().getPath().isEmpty() && currentUser.get().isPresent()
                && currentUser.restrictedToClinician().isPresent()) {
            event.forwardTo(MyDayView.class);
        }
    }
}
