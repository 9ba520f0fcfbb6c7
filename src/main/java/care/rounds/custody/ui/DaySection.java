package care.rounds.custody.ui;

import care.rounds.base.ClinicTime;
import care.rounds.custody.CustodyRecord;
import care.rounds.custody.KitDay;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.Locale;

import static care.rounds.custody.ui.MyKitsView.mg;

/** One day's sign-outs reconciled (today by default), with the printable daily report. */
class DaySection extends VerticalLayout {

    private final CustodyRecord record;
    private final DatePicker day = new DatePicker("Day");
    private final Grid<KitDay> grid = new Grid<>();
    private final Anchor report = new Anchor();

    DaySection(CustodyRecord record, CustodyNames names, ClinicTime time) {
        this.record = record;
        setPadding(false);
        day.setId("custody-day");
        day.setLocale(Locale.US);
        day.setValue(time.today());
        day.addValueChangeListener(e -> refresh());
        report.setId("daily-report-link");
        report.setTarget("_blank");
        report.add(new Icon(VaadinIcon.PRINT), new com.vaadin.flow.component.html.Span(" Printable daily report"));
        HorizontalLayout bar = new HorizontalLayout(day, report);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("custody-day-grid");
        grid.addColumn(d -> names.kit(d.kitId()).getNumber()).setHeader("Kit").setAutoWidth(true);
        grid.addColumn(d -> names.kit(d.kitId()).getLot()).setHeader("Lot").setAutoWidth(true);
        grid.addColumn(d -> names.clinician(d.clinicianId())).setHeader("Clinician").setAutoWidth(true);
        grid.addColumn(d -> time.time(d.signedOutAt()) + " by " + d.signedBy()).setHeader("Signed out").setAutoWidth(true);
        grid.addColumn(d -> mg(d.signedOut())).setHeader("Out mg").setAutoWidth(true);
        grid.addColumn(d -> mg(d.given())).setHeader("Given").setAutoWidth(true);
        grid.addColumn(d -> mg(d.wasted())).setHeader("Wasted").setAutoWidth(true);
        grid.addColumn(d -> d.returned() == null ? "-" : mg(d.returned())).setHeader("Returned").setAutoWidth(true);
        grid.addColumn(d -> d.uses().size()).setHeader("Visits").setAutoWidth(true);
        grid.addColumn(KitDay::status).setHeader("Reconciliation").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No kit was signed out that day.");
        add(new H3("Sign-outs of the day"), bar, grid);
        refresh();
    }

    void refresh() {
        if (day.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(record.day(day.getValue()));
        report.setHref("custody/daily-report?day=" + day.getValue());
    }
}
