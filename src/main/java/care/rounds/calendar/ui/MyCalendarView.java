package care.rounds.calendar.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.calendar.CalendarLinks;
import care.rounds.calendar.NewCalendarLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

import java.time.Instant;
import java.util.Optional;

/**
 * A clinician subscribes their phone's calendar to their own visits. The link is shown once, right
 * after it is made: Rounds keeps only a fingerprint of it, so a lost link is replaced, not shown again.
 */
@Route("my-calendar")
@PageTitle("My calendar | Rounds")
@Menu(order = 0.6, icon = "vaadin:calendar", title = "My calendar")
@RolesAllowed("CLINICIAN")
public class MyCalendarView extends VerticalLayout {

    private final CalendarLinks links;
    private final ClinicTime time;
    private final String publicUrl;
    private final VerticalLayout state = new VerticalLayout();

    public MyCalendarView(CalendarLinks links, ClinicTime time,
                          @Value("${rounds.calendar.public-url:}") String publicUrl) {
        this.links = links;
        this.time = time;
        this.publicUrl = publicUrl;
        setId("my-calendar");
        setMaxWidth("40rem");
        state.setPadding(false);
        add(new Paragraph("See your visits of the next 30 days (and the past week) in your phone's calendar. "
                + "The calendar shows when, where and the patient's initial and last name; phone numbers and "
                + "access notes stay in My day."), state);
        show(null);
    }

    private void show(NewCalendarLink justMade) {
        state.removeAll();
        Optional<Instant> since = links.mine();
        if (justMade != null) {
            showLink(justMade);
        } else if (since.isPresent()) {
            Paragraph active = new Paragraph("Your calendar link works since " + time.dateTime(since.get())
                    + ". For your patients' privacy it cannot be shown again. To add your calendar on another "
                    + "phone, make a new link: the old one then stops working.");
            active.setId("calendar-link-active");
            state.add(active);
        } else {
            Paragraph none = new Paragraph("You have no calendar link yet.");
            none.setId("calendar-link-none");
            state.add(none);
        }
        Button create = new Button(since.isPresent() ? "Make a new link" : "Make my calendar link",
                VaadinIcon.LINK.create(), e -> confirmCreate(since.isPresent()));
        create.setId("calendar-link-create");
        if (justMade == null) {
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        HorizontalLayout actions = new HorizontalLayout(create);
        if (since.isPresent()) {
            Button revoke = new Button("Revoke link", VaadinIcon.BAN.create(), e -> confirmRevoke());
            revoke.setId("calendar-link-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        state.add(actions);
    }

    private void showLink(NewCalendarLink link) {
        TextField address = new TextField("Your calendar link");
        address.setId("calendar-link");
        address.setValue(FeedAddress.of(link.path(), publicUrl));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText("Shown only now. Treat it like a password: anyone with it sees your visits.");
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
            e.getSource().getElement().executeJs("navigator.clipboard.writeText($0)", address.getValue());
            Notices.saved("Link copied.");
        });
        copy.setId("calendar-link-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(address, copy);
        row.setWidthFull();
        row.setAlignItems(Alignment.BASELINE);
        UnorderedList steps = new UnorderedList(
                new ListItem("iPhone: Settings \u2192 Calendar \u2192 Accounts \u2192 Add Account \u2192 Other \u2192 "
                        + "Add Subscribed Calendar, then paste the link."),
                new ListItem("Google Calendar (on a computer): Other calendars \u2192 + \u2192 From URL, paste the "
                        + "link; it then appears on your Android phone too."),
                new ListItem("Your phone refreshes the calendar by itself, about every hour (Google: up to a day)."));
        state.add(row, new H3("Add it to your phone"), steps);
    }

    private void confirmCreate(boolean replacing) {
        if (!replacing) {
            create();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Make a new link?",
                "Your current link stops working: phones subscribed with it no longer get your visits.",
                "Make a new link", e -> create());
        confirm.setId("calendar-link-create-confirm");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void create() {
        show(links.create());
    }

    private void confirmRevoke() {
        ConfirmDialog confirm = new ConfirmDialog("Revoke your calendar link?",
                "Phones subscribed with it no longer get your visits; their calendar keeps or drops what it had. "
                        + "You can make a new link later.", "Revoke", e -> revoke());
        confirm.setId("calendar-link-revoke-confirm");
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void revoke() {
        links.revokeMine();
        Notices.saved("Your calendar link no longer works.");
        show(null);
    }
}
