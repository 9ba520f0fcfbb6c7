package care.rounds.visits;

import care.rounds.base.ClinicTime;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentProtocol;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
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

    private final ClinicTime clinicTime;
    private final ChangeRecorder recorder;

    VisitSeries(ClinicTime clinicTime, ChangeRecorder recorder) {
        this.clinicTime = clinicTime;
        this.recorder = recorder;
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

    /** Saves the plan's visits, unscheduled, each with its first history entry. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public List<InfusionVisit> create(TreatmentPlan plan) {
        return propose(plan).stream().map(this::created).toList();
    }

    /** The one visit of an in-home assessment: the window agreed on the phone, for the planner to route. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit createAssessment(TreatmentPlan plan, Instant earliestStart, Instant latestStart,
                                         int durationMinutes) {
        return created(new InfusionVisit(plan, 1, earliestStart, latestStart, durationMinutes,
                plan.getProtocol().getCredentialsAllowed()));
    }

    private InfusionVisit created(InfusionVisit visit) {
        return recorder.record(visit, VisitChangeKind.CREATED, null,
                "Infusion " + visit.getSequenceNumber() + " of " + visit.getPlan().getProtocol().getInfusionCount()
                        + ", " + recorder.window(visit), null);
    }

    private static LocalDate nextAvailable(TreatmentPlan plan, LocalDate from) {
        LocalDate day = from;
        while (!plan.getAvailableDays().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }
}
