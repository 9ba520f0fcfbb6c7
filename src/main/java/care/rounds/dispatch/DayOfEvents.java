package care.rounds.dispatch;

import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.SeriesRequest;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.planning.PlanningProgress;
import care.rounds.planning.PlanningSettings;
import care.rounds.planning.SchedulePlanner;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.CallList;
import care.rounds.visits.VisitService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dispatcher's day-of events: a clinician calls out, a patient cancels or is not home, a visit
 * runs late, an urgent visit must fit in today. Each records the event, re-plans the rest of the day
 * (started and frozen visits stay where they are; patients who were told a time keep it unless the day
 * cannot work otherwise) and returns the day's call list. Each call blocks for the re-plan, which stops
 * as soon as it stops improving.
 */
@Service
public class DayOfEvents {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    private static final Duration RE_PLAN_STARTS = Duration.ofMinutes(5);

    private final VisitService visits;
    private final VisitChanges changes;
    private final ClinicianService clinicians;
    private final SeriesBooking booking;
    private final SchedulePlanner planner;
    private final ClinicTime time;
    private final CallList callList;
    private final PlanningSettings settings;

    DayOfEvents(VisitService visits, VisitChanges changes, ClinicianService clinicians, SeriesBooking booking,
                SchedulePlanner planner, ClinicTime time, CallList callList, PlanningSettings settings) {
        this.callList = callList;
        this.settings = settings;
        this.visits = visits;
        this.changes = changes;
        this.clinicians = clinicians;
        this.booking = booking;
        this.planner = planner;
        this.time = time;
    }

    /** The clinician cannot work from {@code from} to the end of their hours that day. */
    @RolesAllowed("COORDINATOR")
    public DayOfOutcome callOut(long clinicianId, Instant from, String reason) {
        LocalDate day = time.inClinicZone(from).toLocalDate();
        Clinician clinician = clinicians.find(clinicianId)
                .orElseThrow(() -> new IllegalArgumentException("This clinician no longer exists."));
        Instant until = clinician.hoursOn(day.getDayOfWeek())
                .map(hours -> day.atTime(hours.endsAt()).atZone(time.zone()).toInstant())
                .filter(end -> end.isAfter(from))
                .orElse(time.startOf(day.plusDays(1)));
        return replanAfter(day, "Call-out", () -> clinicians.recordCallOut(clinicianId, from, until, reason));
    }

    /** The patient cancelled, or the clinician found nobody home: the visit leaves the day's plan. */
    @RolesAllowed("COORDINATOR")
    public DayOfOutcome cancel(long visitId, long versionSeen, boolean notHome, String reason) {
        InfusionVisit visit = visits.find(visitId).orElseThrow(() -> new IllegalArgumentException("No such visit."));
        return replanAfter(dayOf(visit), notHome ? "Patient not home" : "Cancellation", () -> {
            if (notHome) {
                changes.markNotHome(visitId, versionSeen, reason);
            } else {
                changes.cancel(visitId, versionSeen, reason);
            }
        });
    }

    /** The visit ends {@code minutes} later than planned; the clinician's later arrivals move. */
    @RolesAllowed("COORDINATOR")
    public DayOfOutcome runningLate(long visitId, long versionSeen, int minutes, String reason) {
        InfusionVisit visit = visits.find(visitId).orElseThrow(() -> new IllegalArgumentException("No such visit."));
        return replanAfter(dayOf(visit), "Running late", () -> changes.runLate(visitId, versionSeen, minutes, reason));
    }

    /**
     * An urgent visit today for this patient: a new one-infusion plan with a window from now (rounded up
     * to the quarter hour) to the end of the day, fitted into today's routes. It is given under the physician's
     * order of the patient's latest series (refused, naming what is missing, when there is none). It is refused
     * when the infusion could no longer start after the part of the day the planner keeps as it is.
     */
    @RolesAllowed("COORDINATOR")
    public DayOfOutcome urgentVisit(long patientId, long protocolId) {
        LocalDate today = time.today();
        LocalTime exactly = time.inClinicZone(time.now()).toLocalTime();
        LocalTime now = exactly.truncatedTo(ChronoUnit.MINUTES);
        TreatmentProtocol treatment = urgentTreatments().stream().filter(p -> p.getId().equals(protocolId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Pick a one-infusion treatment."));
        tooLateToday(exactly, settings.frozen(), Duration.ofMinutes(treatment.visitMinutes(1)))
                .ifPresent(refusal -> {
                    throw new IllegalStateException(refusal);
                });
        LocalTime opens = now.plusMinutes((15 - now.getMinute() % 15) % 15);
        return replanAfter(today, "Urgent visit", () -> booking.create(new SeriesRequest(patientId, protocolId, today,
                Set.of(today.getDayOfWeek()), opens, END_OF_DAY, null), booking.latestOrderOf(patientId).orElse(null)));
    }

    /**
     * Why an urgent visit of this length cannot be fitted in any more today, if so: the planner leaves the next
     * {@code kept} as they are (counted from a few minutes on, for the re-plan to start), and the infusion must
     * still end by midnight.
     */
    static Optional<String> tooLateToday(LocalTime now, Duration kept, Duration visit) {
        long earliest = now.toSecondOfDay() + kept.plus(RE_PLAN_STARTS).toSeconds();
        long latest = END_OF_DAY.toSecondOfDay() - visit.toSeconds();
        if (earliest <= latest) {
            return Optional.empty();
        }
        return Optional.of("Too late to fit an urgent visit today: routes are kept as they are for the next "
                + kept.toMinutes() + " minutes and this " + visit.toMinutes() + "-minute visit must end by midnight. "
                + "Book the visit for tomorrow instead.");
    }

    /** Treatments an urgent visit can be: the one-infusion protocols. */
    @RolesAllowed("COORDINATOR")
    public List<TreatmentProtocol> urgentTreatments() {
        return booking.protocols().stream().filter(p -> p.getInfusionCount() == 1).toList();
    }

    private DayOfOutcome replanAfter(LocalDate day, String why, Runnable event) {
        event.run();
        PlanningProgress progress = planner.replanDay(day, why);
        return new DayOfOutcome(progress, callList.forDay(day));
    }

    private LocalDate dayOf(InfusionVisit visit) {
        Instant at = visit.getPlannedStart() == null ? visit.getEarliestStart() : visit.getPlannedStart();
        return time.inClinicZone(at).toLocalDate();
    }
}
