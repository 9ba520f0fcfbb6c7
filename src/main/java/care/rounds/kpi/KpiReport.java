package care.rounds.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a date range: one row per day (every day of the range, quiet days included), one row per
 * clinician who was scheduled or had visits, and the whole range.
 *
 * @param unreachableLegs drives left out because no road route was found (a home off the map)
 * @param estimate        true when drive times are straight-line estimates because no road map is loaded
 */
public record KpiReport(LocalDate from, LocalDate to, List<DayRow> days, List<ClinicianRow> clinicians,
                        KpiFigures total, int unreachableLegs, boolean estimate) {

    public record DayRow(LocalDate day, KpiFigures figures) {
    }

    public record ClinicianRow(long clinicianId, String name, KpiFigures figures) {
    }

    public KpiReport {
        days = List.copyOf(days);
        clinicians = List.copyOf(clinicians);
    }

    /** Nothing to show: no visit, assigned or not, in the range. */
    public boolean isEmpty() {
        return total.visits() == 0 && total.unassigned() == 0;
    }
}
