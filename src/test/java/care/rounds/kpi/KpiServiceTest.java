package care.rounds.kpi;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KpiServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant NINE = Instant.parse("2026-11-23T14:00:00Z");
    private static final long ANNA = 1;
    private static final long BEN = 2;

    @Test
    void timeOffIsTakenFromTheShiftOnceEvenWhenItOverlaps() {
        Instant start = Instant.parse("2026-11-23T13:00:00Z");
        Instant end = start.plus(Duration.ofHours(8));
        List<KpiService.Span> off = List.of(
                new KpiService.Span(start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(4))),
                new KpiService.Span(start.plus(Duration.ofHours(3)), start.plus(Duration.ofHours(5))),
                new KpiService.Span(start.minus(Duration.ofHours(9)), start.minus(Duration.ofHours(1))),
                new KpiService.Span(end.minus(Duration.ofMinutes(30)), end.plus(Duration.ofHours(3))));
        assertThat(KpiService.available(start, end, off)).isEqualTo(Duration.ofMinutes(8 * 60 - 180 - 30));
        assertThat(KpiService.available(start, end, List.of())).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void arrivingUpToFifteenMinutesLateIsOnTimeAndEarlyIsToo() {
        assertThat(KpiService.onTime(NINE, NINE.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(KpiService.onTime(NINE, NINE.plus(Duration.ofMinutes(16)))).isFalse();
        assertThat(KpiService.onTime(NINE, NINE.minus(Duration.ofMinutes(20)))).isTrue();
    }

    @Test
    void figuresAddUpVisitsHoursSharesContinuityAndOnTime() {
        List<VisitFacts> visits = List.of(
                visit(10, 100, ANNA, 120, NINE, NINE.plus(Duration.ofMinutes(5))),
                visit(11, 200, ANNA, 100, NINE.plus(Duration.ofHours(3)), NINE.plus(Duration.ofHours(3).plusMinutes(40))),
                visit(12, 300, null, 100, null, null));
        List<ShiftFacts> shifts = List.of(new ShiftFacts(ANNA, MONDAY, Duration.ofHours(8), Duration.ofHours(1)));
        // plan 100 always Anna; plan 200 shared with Ben
        Map<Long, Set<Long>> perPlan = Map.of(100L, Set.of(ANNA), 200L, Set.of(ANNA, BEN));

        KpiFigures f = KpiService.figures(visits, shifts, perPlan);

        assertThat(f.visits()).isEqualTo(2);
        assertThat(f.unassigned()).isEqualTo(1);
        assertThat(f.infusion()).isEqualTo(Duration.ofMinutes(220));
        assertThat(f.busy()).isEqualTo(Duration.ofMinutes(280));
        assertThat(f.driveShare().getAsDouble()).isCloseTo(60.0 / 280, within(1e-9));
        assertThat(f.utilisation().getAsDouble()).isCloseTo(280.0 / 480, within(1e-9));
        assertThat(f.continuity().getAsDouble()).isEqualTo(0.5);
        assertThat(f.arrivalsRecorded()).isEqualTo(2);
        assertThat(f.onTimeRate().getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void withoutArrivalsScheduleOrSeriesTheSharesSayNoData() {
        KpiFigures f = KpiService.figures(List.of(visit(10, 100, ANNA, 120, NINE, null)),
                List.of(new ShiftFacts(ANNA, MONDAY, Duration.ZERO, Duration.ZERO)), Map.of());
        assertThat(f.onTimeRate()).isEmpty();
        assertThat(f.utilisation()).isEmpty();
        assertThat(f.continuity()).isEmpty();
        assertThat(f.driveShare().getAsDouble()).isZero();
        assertThat(KpiService.figures(List.of(), List.of(), Map.of()).driveShare()).isEmpty();
    }

    @Test
    void reportHasEveryDayOfTheRangeAndOnlyCliniciansWhoWorked() {
        List<VisitFacts> visits = List.of(visit(10, 100, BEN, 120, NINE, null));
        List<ShiftFacts> shifts = List.of(
                new ShiftFacts(ANNA, MONDAY.plusDays(1), Duration.ofHours(8), Duration.ZERO),
                new ShiftFacts(BEN, MONDAY, Duration.ofHours(6), Duration.ofMinutes(30)));
        KpiReport report = KpiService.report(MONDAY, MONDAY.plusDays(6), visits, shifts, Map.of(),
                Map.of(ANNA, "Zoe Adams", BEN, "Ben Young", 3L, "Carl Idle"), 0, false);

        assertThat(report.days()).hasSize(7);
        assertThat(report.days().get(0).figures().visits()).isEqualTo(1);
        assertThat(report.days().get(0).figures().driving()).isEqualTo(Duration.ofMinutes(30));
        assertThat(report.days().get(1).figures().scheduled()).isEqualTo(Duration.ofHours(8));
        assertThat(report.days().get(2).figures().visits()).isZero();
        assertThat(report.clinicians()).extracting(KpiReport.ClinicianRow::name).containsExactly("Ben Young", "Zoe Adams");
        assertThat(report.total().scheduled()).isEqualTo(Duration.ofHours(14));
        assertThat(report.isEmpty()).isFalse();
    }

    private static VisitFacts visit(long id, long plan, Long clinician, int minutes, Instant start, Instant arrived) {
        return new VisitFacts(id, plan, MONDAY, clinician, Duration.ofMinutes(minutes), start, arrived);
    }
}
