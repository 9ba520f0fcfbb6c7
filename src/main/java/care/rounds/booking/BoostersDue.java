package care.rounds.booking;

import care.rounds.base.ClinicTime;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Who to call about a booster. A patient's latest plan is finished (every infusion done or closed, at least one
 * done) and its protocol names a booster: the window opens {@code booster_after_min_days} after the last
 * infusion and closes {@code booster_after_max_days} after it (default 28-42, every 4-6 weeks). A booster
 * booked (any later plan of the patient) takes them off the list; a finished booster puts them back on with
 * the next window.
 */
@Service
@Transactional(readOnly = true)
public class BoostersDue {

    private static final String QUERY = """
            select pat.id as patient_id, pat.full_name, pat.phone, pr.name as series_name,
                   max(v.planned_start) as last_start, pr.booster_after_min_days, pr.booster_after_max_days,
                   b.id as booster_id, b.name as booster_name
            from treatment_plan p
                     join treatment_protocol pr on pr.id = p.protocol_id
                     join treatment_protocol b on b.id = pr.booster_protocol_id and b.active
                     join patient pat on pat.id = p.patient_id
                     join infusion_visit v on v.plan_id = p.id and v.status = 'DONE'
            where p.status <> 'CANCELLED'
              and not exists (select 1 from infusion_visit open_visit
                              where open_visit.plan_id = p.id
                                and open_visit.status not in ('DONE', 'CANCELLED', 'NOT_HOME'))
              and not exists (select 1 from treatment_plan later
                              where later.patient_id = p.patient_id and later.id > p.id and later.status <> 'CANCELLED')
            group by pat.id, pat.full_name, pat.phone, pr.name, pr.booster_after_min_days, pr.booster_after_max_days,
                     b.id, b.name
            """;

    private final JdbcTemplate jdbc;
    private final ClinicTime time;

    BoostersDue(JdbcTemplate jdbc, ClinicTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Patients whose booster window opens within the given days from today, is open, or has passed; soonest first. */
    @RolesAllowed("COORDINATOR")
    public List<BoosterDue> opensWithin(int days) {
        LocalDate horizon = time.today().plusDays(days);
        return jdbc.query(QUERY, (row, n) -> {
                    LocalDate last = time.inClinicZone(row.getTimestamp("last_start").toInstant()).toLocalDate();
                    return new BoosterDue(row.getLong("patient_id"), row.getString("full_name"), row.getString("phone"),
                            row.getString("series_name"), last, last.plusDays(row.getInt("booster_after_min_days")),
                            last.plusDays(row.getInt("booster_after_max_days")), row.getLong("booster_id"),
                            row.getString("booster_name"));
                }).stream()
                .filter(due -> !due.windowOpens().isAfter(horizon))
                .sorted(java.util.Comparator.comparing(BoosterDue::windowOpens))
                .toList();
    }
}
