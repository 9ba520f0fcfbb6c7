package care.rounds.security;

import care.rounds.KaribuTest;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.ui.CliniciansView;
import care.rounds.patients.PatientService;
import care.rounds.patients.ui.PatientsView;
import care.rounds.visits.VisitService;
import care.rounds.visits.ui.VisitsView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import care.rounds.base.ui.NoAccessView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleAccessIT extends KaribuTest {

    @Autowired
    VisitService visits;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    PatientService patients;
    @Autowired
    CurrentUser currentUser;

    @Test
    void coordinatorSeesVisitsAndPatients() {
        assertThat(navigationAs("coordinator")).contains("Visits", "Patients", "KPIs")
                .doesNotContain("Clinicians", "Protocols", "Users and roles", "Custody", "My kits");
    }

    @Test
    void managerAlsoSeesTheRoster() {
        assertThat(navigationAs("manager")).contains("Visits", "Patients", "Clinicians", "Protocols", "Users and roles",
                "KPIs", "Custody");
    }

    @Test
    void clinicianSeesOnlyVisits() {
        // their own day, calendar and visits; nothing of the office's
        assertThat(navigationAs("clinician")).contains("My day", "Visits").isSubsetOf("My day", "My calendar", "My kits", "Visits");
    }

    @Test
    void clinicianCannotOpenTheClinicianAdministration() {
        signInAs("clinician");
        UI.getCurrent().navigate(CliniciansView.class);
        assertThat(LocatorJ._find(CliniciansView.class)).isEmpty();
        LocatorJ._assertOne(NoAccessView.class);
        UI.getCurrent().navigate(PatientsView.class);
        assertThat(LocatorJ._find(PatientsView.class)).isEmpty();
        LocatorJ._assertOne(NoAccessView.class);
    }

    @Test
    void clinicianCannotLoadAnotherCliniciansVisitsOrThePatientList() {
        signInAs("clinician");
        long me = currentUser.require().clinicianId();
        long someoneElse = clinicians.allForPlanning().stream().map(c -> c.getId()).filter(id -> id != me)
                .findFirst().orElseThrow();
        Instant now = Instant.now();
        Instant later = now.plus(14, ChronoUnit.DAYS);

        assertThat(visits.ofClinician(me, now, later)).allMatch(v -> v.getClinician().getId() == me);
        assertThatThrownBy(() -> visits.ofClinician(someoneElse, now, later)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.search("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinicians.save(clinicians.allForPlanning().get(0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void coordinatorCannotChangeTheRoster() {
        signInAs("coordinator");
        assertThatThrownBy(() -> clinicians.save(clinicians.allForPlanning().get(0)))
                .isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate(CliniciansView.class);
        assertThat(LocatorJ._find(CliniciansView.class)).isEmpty();
        LocatorJ._assertOne(NoAccessView.class);
    }

    private List<String> navigationAs(String user) {
        signInAs(user);
        UI.getCurrent().navigate(VisitsView.class);
        SideNav nav = LocatorJ._get(SideNav.class, spec -> spec.withId("main-navigation"));
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
