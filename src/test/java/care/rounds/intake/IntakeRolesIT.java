package care.rounds.intake;

import care.rounds.KaribuTest;
import care.rounds.intake.ui.ConsultationInboxView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inbox is the office's: coordinators and managers, checked on the screen and in the services. */
class IntakeRolesIT extends KaribuTest {

    @Autowired
    ConsultationInbox inbox;
    @Autowired
    ConsultationCalendar calendar;

    private List<String> navigationAs(String user) {
        signInAs(user);
        UI.getCurrent().navigate("");
        SideNav nav = LocatorJ._get(SideNav.class, spec -> spec.withId("main-navigation"));
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void coordinatorsAndManagersFindTheInboxInTheNavigation() {
        assertThat(navigationAs("coordinator")).contains("Consultation requests");
        assertThat(navigationAs("manager")).contains("Consultation requests");
    }

    @Test
    void aClinicianNeitherSeesNorOpensTheInbox() {
        assertThat(navigationAs("clinician")).doesNotContain("Consultation requests");
        try {
            UI.getCurrent().navigate(ConsultationInboxView.class);
        } catch (MockAccessDeniedException shownAsAnError) {
            // without a "no access" screen, Karibu reports the refusal as this exception
        }
        assertThat(LocatorJ._find(ConsultationInboxView.class)).isEmpty();
    }

    @Test
    void aClinicianCannotReadRequestsOrBookConsultationsThroughTheServices() {
        signInAs("clinician");
        assertThatThrownBy(() -> inbox.count(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.screeners()).isInstanceOf(AccessDeniedException.class);
    }
}
