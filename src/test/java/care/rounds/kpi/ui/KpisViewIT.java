package care.rounds.kpi.ui;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.NoAccessView;
import care.rounds.base.ui.chart.RoundsChart;
import care.rounds.kpi.KpiReport;
import care.rounds.planning.SchedulePlanner;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import elemental.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class KpisViewIT extends KaribuTest {

    private static boolean planned;

    @Autowired
    SchedulePlanner planner;
    @Autowired
    VisitService visits;
    @Autowired
    ClinicTime time;

    @BeforeEach
    void planTheComingDaysOnce() {
        if (!planned) {
            planner.planAndWait(time.today(), 7);
            planned = true;
        }
    }

    @Test
    void aPlannedDayShowsItsVisitsDrivingAndUtilisation() {
        LocalDate day = busiestDay();
        List<InfusionVisit> expected = plannedOn(day);
        signInAs("coordinator");
        KpisView view = open(day, day);

        assertThat(_get(Span.class, spec -> spec.withId("kpi-visits")).getText())
                .isEqualTo(String.valueOf(expected.size()));
        KpiReport report = view.report();
        assertThat(report.days()).hasSize(1);
        assertThat(report.total().visits()).isEqualTo(expected.size());
        assertThat(report.total().infusion()).isEqualTo(expected.stream().map(InfusionVisit::getDuration)
                .reduce(Duration.ZERO, Duration::plus));
        assertThat(report.total().driving()).isPositive();
        assertThat(report.total().utilisation()).isPresent();
        long clinicians = expected.stream().map(v -> v.getClinician().getId()).distinct().count();
        assertThat(report.clinicians().stream().filter(c -> c.figures().visits() > 0)).hasSize((int) clinicians);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("kpi-days")))).isEqualTo(1);
        JsonObject chart = (JsonObject) _get(RoundsChart.class, spec -> spec.withId("kpi-chart-visits")).getElement()
                .getPropertyRaw("state");
        assertThat(chart.getArray("labels").length()).isEqualTo(1);
        assertThat(chart.getArray("datasets").getObject(0).getArray("values").getNumber(0)).isEqualTo(expected.size());
    }

    @Test
    void anArrivalFromTheVisitLogCountsTowardsOnTime() {
        LocalDate day = busiestDay();
        InfusionVisit visit = plannedOn(day).get(0);
        signInAs("coordinator");
        visits.recordStatus(visit.getId(), VisitStatus.ARRIVED);
        try {
            KpisView view = open(day, day);
            int arrivals = view.report().total().arrivalsRecorded();
            assertThat(arrivals).isPositive();
            // recorded now, before the planned start: early is on time
            assertThat(view.report().total().onTime()).isEqualTo(arrivals);
            assertThat(_get(Span.class, spec -> spec.withId("kpi-on-time")).getText()).isEqualTo("100 % of " + arrivals);
        } finally {
            fixtures().status(visit.getId(), VisitStatus.SCHEDULED);
        }
    }

    @Test
    void theCsvPerDayHasTheHeaderAndOneRowPerDay() {
        LocalDate day = busiestDay();
        signInAs("manager");
        open(day.minusDays(1), day.plusDays(1));
        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("csv-per-day"))),
                StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("Date (America/New_York),Visits,Infusion hours,Drive hours,Drive share %");
        assertThat(lines[2]).startsWith(day + "," + plannedOn(day).size() + ",");
        String perClinician = new String(DownloadKt._download(_get(Anchor.class,
                spec -> spec.withId("csv-per-clinician"))), StandardCharsets.UTF_8);
        assertThat(perClinician).startsWith("Clinician,From,To,Visits,");
    }

    @Test
    void aRangeWithoutVisitsSaysSo() {
        signInAs("coordinator");
        LocalDate longAgo = time.today().minusYears(3);
        open(longAgo, longAgo.plusDays(6));
        assertThat(_get(Paragraph.class, spec -> spec.withId("kpi-empty")).getText()).startsWith("No visits from");
        assertThat(LocatorJ._find(Anchor.class, spec -> spec.withId("csv-per-day"))).isEmpty();
    }

    @Test
    void aClinicianCannotOpenTheKpis() {
        signInAs("clinician");
        UI.getCurrent().navigate(KpisView.class);
        assertThat(LocatorJ._find(KpisView.class)).isEmpty();
        LocatorJ._assertOne(NoAccessView.class);
    }

    private KpisView open(LocalDate from, LocalDate to) {
        UI.getCurrent().navigate(KpisView.class);
        // widen first so that the two steps never make an invalid range
        _setValue(_get(DatePicker.class, spec -> spec.withId("kpi-from")), LocalDate.of(2000, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("kpi-to")), to);
        _setValue(_get(DatePicker.class, spec -> spec.withId("kpi-from")), from);
        return _get(KpisView.class);
    }

    private List<InfusionVisit> plannedOn(LocalDate day) {
        return visits.inHorizon(time.startOf(day.minusDays(1)),
                        time.startOf(day.plusDays(2))).stream()
                .filter(v -> v.getPlannedStart() != null && v.getClinician() != null
                        && v.getStatus() != VisitStatus.CANCELLED
                        && time.inClinicZone(v.getPlannedStart()).toLocalDate().equals(day))
                .toList();
    }

    private LocalDate busiestDay() {
        Map<LocalDate, Long> perDay = visits.inHorizon(time.now(), time.now().plus(Duration.ofDays(7))).stream()
                .filter(v -> v.getPlannedStart() != null)
                .collect(Collectors.groupingBy(v -> time.inClinicZone(v.getPlannedStart()).toLocalDate(),
                        Collectors.counting()));
        return perDay.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new AssertionError("The planner planned no visit in the coming week"));
    }
}
