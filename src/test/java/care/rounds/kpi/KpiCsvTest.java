package care.rounds.kpi;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KpiCsvTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(KpiCsv.field("Ann Lee")).isEqualTo("Ann Lee");
        assertThat(KpiCsv.field("Lee, Ann")).isEqualTo("\"Lee, Ann\"");
        assertThat(KpiCsv.field("Ann \"Nan\" Lee")).isEqualTo("\"Ann \"\"Nan\"\" Lee\"");
        assertThat(KpiCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(KpiCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(KpiCsv.field("-1.5")).isEqualTo("-1.5");
    }

    @Test
    void perDayHasTheHeaderOneRowPerDayAndEmptyCellsForNoData() {
        KpiReport report = KpiService.report(MONDAY, MONDAY.plusDays(2),
                List.of(new VisitFacts(1, 10, MONDAY, 7L, Duration.ofMinutes(90), java.time.Instant.parse(
                        "2026-11-23T15:00:00Z"), null)),
                List.of(new ShiftFacts(7, MONDAY, Duration.ofHours(6), Duration.ofMinutes(30))),
                Map.of(), Map.of(7L, "Lee, Ann"), 0, false);

        String[] lines = KpiCsv.perDay(report, ZoneId.of("America/New_York")).split("\r\n");

        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("Date (America/New_York),Visits,Infusion hours,Drive hours,Drive share %,"
                + "Scheduled hours,Utilisation %,Continuity %,Unassigned visits,Arrivals recorded,On time %");
        assertThat(lines[1]).isEqualTo("2026-11-23,1,1.50,0.50,25.0,6.00,33.3,,0,0,");
        assertThat(lines[2]).startsWith("2026-11-24,0,0.00,0.00,,0.00,");
        assertThat(KpiCsv.perClinician(report).split("\r\n")[1]).startsWith("\"Lee, Ann\",2026-11-23,2026-11-25,1,");
    }
}
