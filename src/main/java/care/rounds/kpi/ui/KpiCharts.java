package care.rounds.kpi.ui;

import care.rounds.base.ui.chart.ChartDataset;
import care.rounds.base.ui.chart.RoundsChart;
import care.rounds.kpi.KpiReport;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Visits per day, drive share and utilisation per day, and utilisation per clinician. */
class KpiCharts extends HorizontalLayout {

    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE M/d", Locale.US);

    KpiCharts(KpiReport report) {
        List<String> days = report.days().stream().map(d -> DAY_LABEL.format(d.day())).toList();
        RoundsChart visits = chart("kpi-chart-visits");
        visits.setStackedBarChart("Visits per day", days,
                ChartDataset.of("Assigned", report.days().stream().map(d -> d.figures().visits()).toList()),
                new ChartDataset("Unassigned", report.days().stream().map(d -> d.figures().unassigned()).toList(),
                        "var(--lumo-error-color)"));
        RoundsChart shares = chart("kpi-chart-shares");
        shares.setLineChart("Drive share and utilisation per day", days,
                ChartDataset.of("Drive share", report.days().stream()
                        .map(d -> Figures.percentOrNull(d.figures().driveShare())).toList()),
                ChartDataset.of("Utilisation", report.days().stream()
                        .map(d -> Figures.percentOrNull(d.figures().utilisation())).toList()));
        shares.setValueAxisTitle("%");
        RoundsChart people = chart("kpi-chart-clinicians");
        people.setBarChart("Utilisation per clinician", report.clinicians().stream().map(KpiReport.ClinicianRow::name)
                .toList(), ChartDataset.of("Utilisation", report.clinicians().stream()
                .map(c -> Figures.percentOrNull(c.figures().utilisation())).toList()));
        people.setValueAxisTitle("%");
        add(visits, shares, people);
        setWidthFull();
        setWrap(true);
    }

    private static RoundsChart chart(String id) {
        RoundsChart chart = new RoundsChart();
        chart.setId(id);
        chart.setWidth("min(100%, 420px)");
        return chart;
    }
}
