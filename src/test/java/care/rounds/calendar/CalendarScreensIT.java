package care.rounds.calendar;

import care.rounds.KaribuTest;
import care.rounds.calendar.ui.CalendarLinksView;
import care.rounds.calendar.ui.MyCalendarView;
import care.rounds.security.CurrentUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clinician's My calendar screen and the manager's list of calendar links. */
class CalendarScreensIT extends KaribuTest {

    @Autowired
    CalendarLinks links;
    @Autowired
    CalendarFeed feed;
    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void clinicianStartsWithoutALink() {
        signInAs("clinician");
        links.revokeMine();
    }

    @AfterEach
    void noLinkLeftBehind() {
        signInAs("clinician");
        links.revokeMine();
    }

    @Test
    void clinicianMakesALinkSeesItOnceAndRevokesIt() {
        UI.getCurrent().navigate(MyCalendarView.class);
        _get(Paragraph.class, spec -> spec.withId("calendar-link-none"));

        _click(_get(Button.class, spec -> spec.withId("calendar-link-create")));

        String link = _get(TextField.class, spec -> spec.withId("calendar-link")).getValue();
        assertThat(link).matches("https?://.+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        String secret = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        assertThat(feed.icsFor(secret)).isPresent();
        _get(Button.class, spec -> spec.withId("calendar-link-copy"));

        UI.getCurrent().navigate(MyCalendarView.class);
        _assertNone(TextField.class, spec -> spec.withId("calendar-link"));
        _get(Paragraph.class, spec -> spec.withId("calendar-link-active"));

        _click(_get(Button.class, spec -> spec.withId("calendar-link-revoke")));
        assertThat(feed.icsFor(secret)).as("nothing happens before the confirmation").isPresent();
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("calendar-link-revoke-confirm")));

        assertThat(feed.icsFor(secret)).isEmpty();
        _get(Paragraph.class, spec -> spec.withId("calendar-link-none"));
    }

    @Test
    void makingANewLinkAsksFirstAndRetiresTheOldOne() {
        String old = links.create().secret();
        UI.getCurrent().navigate(MyCalendarView.class);

        _click(_get(Button.class, spec -> spec.withId("calendar-link-create")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("calendar-link-create-confirm")));

        String link = _get(TextField.class, spec -> spec.withId("calendar-link")).getValue();
        assertThat(link).doesNotContain(old);
        assertThat(feed.icsFor(old)).isEmpty();
        assertThat(feed.icsFor(link.substring(link.lastIndexOf('/') + 1).replace(".ics", ""))).isPresent();
    }

    @Test
    void managerRevokesAClinicianLink() {
        String secret = links.create().secret();
        long maria = currentUser.require().clinicianId();
        signInAs("manager");
        UI.getCurrent().navigate(CalendarLinksView.class);
        @SuppressWarnings("unchecked")
        Grid<ActiveCalendarLink> grid = _get(Grid.class, spec -> spec.withId("calendar-links-grid"));
        List<Long> listed = GridKt._findAll(grid).stream().map(ActiveCalendarLink::clinicianId).toList();
        assertThat(listed).contains(maria);

        Button revoke = (Button) GridKt._getCellComponent(grid, listed.indexOf(maria), "revoke");
        assertThat(revoke.getId()).contains("revoke-calendar-link-" + maria);
        _click(revoke);
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("calendar-link-revoke-confirm")));

        assertThat(feed.icsFor(secret)).isEmpty();
        assertThat(GridKt._findAll(grid).stream().map(ActiveCalendarLink::clinicianId)).doesNotContain(maria);
    }

    @Test
    void onlyAClinicianMakesALinkAndOnlyAManagerRevokesOthers() {
        signInAs("coordinator");
        assertThatThrownBy(() -> links.create()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.revoke(1L)).isInstanceOf(AccessDeniedException.class);
        signInAs("clinician");
        assertThatThrownBy(() -> links.active()).isInstanceOf(AccessDeniedException.class);
    }
}
