package care.rounds.visits;

import care.rounds.base.ClinicTime;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentProtocol;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a treatment plan into its series of visits. Each visit gets a window on one day the patient
 * can do, spaced at least the protocol's minimum hours after the previous one; the planner then
 * chooses the clinician and the exact time inside the window.
 */
@Component
public class VisitSeries {

    private final VisitRepository visits;
    private final ClinicTime clinicTime;

    VisitSeries(VisitRepository visits, ClinicTime clinicTime) {
        this.visits = visits;
        this.clinicTime = clinicTime;
    }

    /** The visits of this plan, not yet saved. */
    public List<InfusionVisit> propose(TreatmentPlan plan) {
        TreatmentProtocol protocol = plan.getProtocol();
        int gapDays = Math.max(1, (int) Math.ceil(protocol.getMinHoursBetween() / 24.0));
        List<InfusionVisit> series = new ArrayList<>();
        LocalDate day = nextAvailable(plan, plan.getStartDate());
        for (int sequence = 1; sequence <= protocol.getInfusionCount(); sequence++) {
            int minutes = protocol.visitMinutes(sequence);
            ZonedDateTime opens = day.atTime(plan.getAvailableFrom()).atZone(clinicTime.zone());
            ZonedDateTime closes = day.atTime(plan.getAvailableUntil()).atZone(clinicTime.zone())
                    .minus(Duration.ofMinutes(minutes));
            if (closes.isBefore(opens)) {
                closes = opens;
            }
            series.add(new InfusionVisit(plan, sequence, opens.toInstant(), closes.toInstant(), minutes,
                    protocol.getCredentialsAllowed()));
            day = nextAvailable(plan, day.plusDays(gapDays));
        }
        return series;
    }

    @Transactional
    public List<InfusionVisit> create(TreatmentPlan plan) {
        return visits.saveAll(propose(plan));
    }

    private static LocalDate nextAvailable(TreatmentPlan plan, LocalDate from) {
        LocalDate day = from;
        while (!plan.getAvailableDays().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }
}
