package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.booking.BoosterDue;
import care.rounds.booking.BoosterHandoff;
import care.rounds.booking.BoostersDue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/**
 * Next to the call list: patients whose series is finished and whose booster window opens within two weeks,
 * is open, or has passed. "Book booster" opens booking with the patient and the booster protocol chosen.
 */
class BoostersDuePanel extends VerticalLayout {

    /** How far ahead a window that is about to open shows, so the call can be made before it opens. */
    static final int DAYS_AHEAD = 14;

    private final BoostersDue boosters;
    private final ClinicTime time;

    BoostersDuePanel(BoostersDue boosters, ClinicTime time) {
        this.boosters = boosters;
        this.time = time;
        setId("boosters-due");
        setPadding(false);
        setSpacing(false);
    }

    void show() {
        removeAll();
        List<BoosterDue> due = boosters.opensWithin(DAYS_AHEAD);
        H3 title = new H3("Boosters due" + (due.isEmpty() ? "" : " (" + due.size() + ")"));
        title.setId("boosters-due-title");
        Paragraph hint = new Paragraph(due.isEmpty()
                ? "No finished series has its booster window within the next " + DAYS_AHEAD + " days."
                : "Their series is finished; the protocol's booster window is open or opens within " + DAYS_AHEAD
                + " days. Call them, then book the booster.");
        hint.getStyle().set("margin", "0 0 var(--lumo-space-s) 0").set("color", "var(--lumo-secondary-text-color)");
        add(title, hint);
        if (due.isEmpty()) {
            return;
        }
        Grid<BoosterDue> grid = new Grid<>();
        grid.addColumn(BoosterDue::patientName).setHeader("Patient").setAutoWidth(true);
        grid.addColumn(BoosterDue::phone).setHeader("Phone").setAutoWidth(true);
        grid.addColumn(d -> d.seriesName() + ", last infusion " + time.date(d.lastInfusion())).setHeader("Series")
                .setAutoWidth(true);
        grid.addColumn(d -> d.when(time.today(), time::date)).setHeader("Booster window").setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Button book = new Button("Book " + d.boosterName(), e -> {
                BoosterHandoff.offer(d);
                getUI().ifPresent(ui -> ui.navigate(BoosterHandoff.ROUTE));
            });
            book.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            book.addClassName("book-booster");
            return book;
        }).setHeader("").setKey("book").setAutoWidth(true);
        grid.setId("boosters-due-grid");
        grid.setItems(due);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
