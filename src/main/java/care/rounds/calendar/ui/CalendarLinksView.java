package care.rounds.calendar.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.calendar.ActiveCalendarLink;
import care.rounds.calendar.CalendarLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The manager's list of clinicians' calendar links that work now, to revoke one (a lost phone, someone
 * leaving the clinic). The links themselves are not known to Rounds and never shown.
 */
@Route("calendar-links")
@PageTitle("Calendar links | Rounds")
@Menu(order = 3.8, icon = "vaadin:calendar-envelope", title = "Calendar links")
@RolesAllowed("MANAGER")
public class CalendarLinksView extends VerticalLayout {

    private final CalendarLinks links;
    private final Grid<ActiveCalendarLink> grid = new Grid<>(ActiveCalendarLink.class, false);

    public CalendarLinksView(CalendarLinks links, ClinicTime time) {
        this.links = links;
        setSizeFull();
        grid.setId("calendar-links-grid");
        grid.addColumn(ActiveCalendarLink::clinicianName).setHeader("Clinician").setAutoWidth(true);
        grid.addColumn(l -> time.dateTime(l.createdAt())).setHeader("Works since").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setHeader("").setAutoWidth(true);
        grid.setEmptyStateText("No clinician has a calendar link. Clinicians make theirs under My calendar.");
        add(new Paragraph("Calendar links let clinicians see their visits in their phone's calendar. Revoke a link "
                + "when a phone is lost or someone leaves; the clinician can make a new one."), grid);
        refresh();
    }

    private Button revokeButton(ActiveCalendarLink link) {
        Button revoke = new Button("Revoke", e -> confirmRevoke(link));
        revoke.setId("revoke-calendar-link-" + link.clinicianId());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void confirmRevoke(ActiveCalendarLink link) {
        ConfirmDialog confirm = new ConfirmDialog("Revoke " + link.clinicianName() + "'s calendar link?",
                "Phones subscribed with it no longer get the visits. " + link.clinicianName()
                        + " can make a new link under My calendar.", "Revoke", e -> revoke(link));
        confirm.setId("calendar-link-revoke-confirm");
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void revoke(ActiveCalendarLink link) {
        links.revoke(link.clinicianId());
        Notices.saved(link.clinicianName() + "'s calendar link no longer works.");
        refresh();
    }

    private void refresh() {
        grid.setItems(links.active());
    }
}
