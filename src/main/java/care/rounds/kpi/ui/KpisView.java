package care.rounds.kpi.ui;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.kpi.KpiCsv;
import care.rounds.kpi.KpiFigures;
import care.rounds.kpi.KpiReport;
import care.rounds.kpi.KpiService;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Key figures for a date range (this week by default): a summary, charts, tables per day and per
 * clinician, and the same figures as CSV.
 */
@Route("kpis")
@PageTitle("KPIs | Rounds")
@Menu(order = 4.5, icon = "vaadin:chart", title = "KPIs")
@RolesAllowed("COORDINATOR")
public class KpisView extends VerticalLayout {

    private final KpiService kpis;
    private final ClinicTime time;
    private final PatientDataAudit audit;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final VerticalLayout content = new VerticalLayout();
    private KpiReport report;

    public KpisView(KpiService kpis, ClinicTime time, PatientDataAudit audit) {
        this.kpis = kpis;
        this.time = time;
        this.audit = audit;
        LocalDate monday = time.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        from.setValue(monday);
        to.setValue(monday.plusDays(6));
        from.setId("kpi-from");
        to.setId("kpi-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(Locale.US);
            picker.setManualValidation(true);
            picker.addValueChangeListener(e -> show());
        }
        HorizontalLayout range = new HorizontalLayout(from, to);
        range.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        content.setPadding(false);
        add(range, content);
        setWidthFull();
        show();
    }

    private void show() {
        content.removeAll();
        if (!validRange()) {
            return;
        }
        report = kpis.report(from.getValue(), to.getValue());
        if (report.isEmpty()) {
            Paragraph empty = new Paragraph("No visits from " + time.date(report.from()) + " to "
                    + time.date(report.to()) + ". Choose other days, or plan them first on the board.");
            empty.setId("kpi-empty");
            content.add(empty);
            return;
        }
        content.add(summary(report.total()), downloads(), new KpiCharts(report), new H3("Per day"), dayGrid(),
                new H3("Per clinician"), clinicianGrid(), notes());
    }

    private boolean validRange() {
        from.setInvalid(from.getValue() == null);
        from.setErrorMessage("Choose the first day.");
        to.setInvalid(to.getValue() == null || (from.getValue() != null && (to.getValue().isBefore(from.getValue())
                || ChronoUnit.DAYS.between(from.getValue(), to.getValue()) >= KpiService.MAX_DAYS)));
        to.setErrorMessage(to.getValue() == null ? "Choose the last day."
                : "Choose a day after the first, at most " + KpiService.MAX_DAYS + " days on.");
        return !from.isInvalid() && !to.isInvalid();
    }

    private HorizontalLayout summary(KpiFigures total) {
        HorizontalLayout figures = new HorizontalLayout(
                figure("Visits", String.valueOf(total.visits())),
                figure("Infusion", Figures.hours(total.infusion())),
                figure("Driving", Figures.hours(total.driving()) + " (" + Figures.percent(total.driveShare()) + ")"),
                figure("Utilisation", Figures.percent(total.utilisation())),
                figure("Continuity", Figures.percent(total.continuity())),
                figure("Unassigned", String.valueOf(total.unassigned())),
                figure("On time", Figures.onTime(total)));
        figures.setId("kpi-summary");
        figures.setWrap(true);
        return figures;
    }

    private static VerticalLayout figure(String label, String value) {
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span number = new Span(value);
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        number.setId("kpi-" + label.toLowerCase(Locale.ROOT).replace(' ', '-'));
        VerticalLayout box = new VerticalLayout(caption, number);
        box.setSpacing(false);
        box.setPadding(false);
        box.setWidth("auto");
        return box;
    }

    private HorizontalLayout downloads() {
        String range = report.from() + "-to-" + report.to();
        Anchor perDay = new Anchor(csv("rounds-kpis-per-day-" + range + ".csv", r -> KpiCsv.perDay(r, time.zone())),
                "Download per day (CSV)");
        perDay.setId("csv-per-day");
        Anchor perClinician = new Anchor(csv("rounds-kpis-per-clinician-" + range + ".csv", KpiCsv::perClinician),
                "Download per clinician (CSV)");
        perClinician.setId("csv-per-clinician");
        return new HorizontalLayout(perDay, perClinician);
    }

    private DownloadHandler csv(String fileName, Function<KpiReport, String> render) {
        KpiReport shown = report;
        return event -> {
            audit.exported("KPIs " + fileName);
            byte[] bytes = render.apply(shown).getBytes(StandardCharsets.UTF_8);
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=utf-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    private Grid<KpiReport.DayRow> dayGrid() {
        Grid<KpiReport.DayRow> grid = new Grid<>();
        grid.setId("kpi-days");
        grid.addColumn(d -> time.date(d.day())).setHeader("Day").setAutoWidth(true);
        Figures.addColumns(grid, KpiReport.DayRow::figures, true);
        grid.setItems(report.days());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<KpiReport.ClinicianRow> clinicianGrid() {
        Grid<KpiReport.ClinicianRow> grid = new Grid<>();
        grid.setId("kpi-clinicians");
        grid.addColumn(KpiReport.ClinicianRow::name).setHeader("Clinician").setAutoWidth(true);
        Figures.addColumns(grid, KpiReport.ClinicianRow::figures, false);
        grid.setItems(report.clinicians());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Nobody was scheduled in these days.");
        return grid;
    }

    private Paragraph notes() {
        String text = "Driving is the road time from home base through the visits in planned order and back, without "
                + "the planner's traffic buffer. Utilisation is driving plus time at homes over scheduled hours (less "
                + "time off). Continuity counts plans with two or more assigned visits. On time means arrived no more "
                + "than " + KpiService.ON_TIME_TOLERANCE.toMinutes() + " minutes after the planned start.";
        if (report.estimate()) {
            text += " No road map is loaded: drive times are straight-line estimates.";
        }
        if (report.unreachableLegs() > 0) {
            text += " " + report.unreachableLegs() + " drives had no road route and are left out.";
        }
        Paragraph notes = new Paragraph(text);
        notes.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return notes;
    }

    /** The figures on screen, for the CSV links and tests. */
    KpiReport report() {
        return report;
    }
}
