package care.rounds.visits;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * What the office changes about a visit after it was planned: cancel it or record that nobody was
 * home, give it another day or window, move it to a clinician and time, pin or unpin it, let it run
 * late. Each change checks the version the user saw (so nobody overwrites a colleague's change
 * unknowingly) and is recorded with who, when, what and why.
 */
@Service
@Transactional(readOnly = true)
public class VisitChanges {

    public static final int MAX_REASON_LENGTH = 500;

    private final VisitRepository visits;
    private final VisitChangeRepository changes;
    private final ClinicianService clinicians;
    private final CurrentUser currentUser;
    private final ClinicTime time;

    VisitChanges(VisitRepository visits, VisitChangeRepository changes, ClinicianService clinicians,
                 CurrentUser currentUser, ClinicTime time) {
        this.visits = visits;
        this.changes = changes;
        this.clinicians = clinicians;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The visit will not happen: it leaves its route, the planner skips it from now on. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit cancel(long visitId, long versionSeen, String reason) {
        InfusionVisit visit = open(visitId, versionSeen);
        requireNotUnderWay(visit);
        String was = where(visit);
        visit.unassign();
        visit.setPinned(false);
        visit.setStatus(VisitStatus.CANCELLED);
        return record(visit, VisitChangeKind.CANCELLED, "Cancelled; was " + was, required(reason));
    }

    /** The clinician found nobody home: the visit is closed and leaves the rest of the day's plan. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit markNotHome(long visitId, long versionSeen, String reason) {
        InfusionVisit visit = open(visitId, versionSeen);
        if (visit.getClinician() == null) {
            throw new IllegalStateException("This visit is not on anyone's route: cancel it instead.");
        }
        visit.setPinned(false);
        visit.setStatus(VisitStatus.NOT_HOME);
        return record(visit, VisitChangeKind.NOT_HOME, "Patient not home; was " + where(visit), required(reason));
    }

    /** Another day or window the patient can do; the visit leaves its route and waits for the planner. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit reschedule(long visitId, long versionSeen, Instant earliestStart, Instant latestStart,
                                    String reason) {
        InfusionVisit visit = open(visitId, versionSeen);
        requireNotUnderWay(visit);
        String before = window(visit);
        visit.setWindow(earliestStart, latestStart);
        visit.unassign();
        visit.setPinned(false);
        return record(visit, VisitChangeKind.RESCHEDULED, "Window " + before + " → " + window(visit),
                required(reason));
    }

    /**
     * Gives the visit to this clinician at this start and pins it there. A start outside the patient's
     * window becomes the window: the coordinator has agreed it with the patient.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit move(long visitId, long versionSeen, long clinicianId, Instant start, String reason) {
        InfusionVisit visit = open(visitId, versionSeen);
        requireNotUnderWay(visit);
        Clinician clinician = clinicians.find(clinicianId)
                .orElseThrow(() -> new IllegalArgumentException("This clinician no longer exists."));
        String before = where(visit);
        if (start.isBefore(visit.getEarliestStart()) || start.isAfter(visit.getLatestStart())) {
            visit.setWindow(start, start);
        }
        visit.assign(clinician, start);
        visit.setPinned(true);
        return record(visit, VisitChangeKind.MOVED, before + " → " + where(visit) + ", pinned", required(reason));
    }

    /** A pinned visit keeps its clinician and time when the planner runs. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit pin(long visitId, long versionSeen, boolean pinned) {
        InfusionVisit visit = open(visitId, versionSeen);
        if (pinned && (visit.getClinician() == null || visit.getPlannedStart() == null)) {
            throw new IllegalStateException("Only a planned visit can be pinned: plan or move it first.");
        }
        if (visit.isPinned() == pinned) {
            return visit;
        }
        visit.setPinned(pinned);
        return record(visit, pinned ? VisitChangeKind.PINNED : VisitChangeKind.UNPINNED,
                (pinned ? "Pinned at " : "Unpinned from ") + where(visit), null);
    }

    /**
     * The visit runs this many minutes longer than planned: it ends later, stays pinned where it is,
     * and a re-plan moves the clinician's later arrivals.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit runLate(long visitId, long versionSeen, int minutes, String reason) {
        InfusionVisit visit = open(visitId, versionSeen);
        if (visit.getClinician() == null || visit.getPlannedStart() == null) {
            throw new IllegalStateException("This visit is not on anyone's route.");
        }
        if (minutes < 5 || visit.getDurationMinutes() + minutes > 480) {
            throw new IllegalArgumentException("Enter between 5 and " + (480 - visit.getDurationMinutes())
                    + " minutes: a visit lasts at most 8 hours.");
        }
        Instant endedAt = visit.getPlannedEnd();
        visit.setDurationMinutes(visit.getDurationMinutes() + minutes);
        visit.assign(visit.getClinician(), visit.getPlannedStart());
        visit.setPinned(true);
        return record(visit, VisitChangeKind.RUNNING_LATE, "Runs " + minutes + " min late: ends "
                + time.time(visit.getPlannedEnd()) + " instead of " + time.time(endedAt), optional(reason));
    }

    /** The visit's changes, newest first. */
    @RolesAllowed("COORDINATOR")
    public List<VisitChange> history(long visitId) {
        return changes.findByVisitIdOrderByChangedAtDescIdDesc(visitId);
    }

    private InfusionVisit open(long visitId, long versionSeen) {
        InfusionVisit visit = visits.findById(visitId)
                .orElseThrow(() -> new IllegalArgumentException("This visit no longer exists."));
        if (visit.getVersion() != versionSeen) {
            throw new ObjectOptimisticLockingFailureException(InfusionVisit.class, visitId);
        }
        if (visit.getStatus().isClosed()) {
            throw new IllegalStateException("This visit is " + visit.getStatus().label().toLowerCase()
                    + " already; nothing more can change.");
        }
        return visit;
    }

    private static void requireNotUnderWay(InfusionVisit visit) {
        if (visit.getStatus().isStarted()) {
            throw new IllegalStateException("This visit is under way (" + visit.getStatus().label().toLowerCase()
                    + "): record Not home or Running late instead.");
        }
    }

    private InfusionVisit record(InfusionVisit visit, VisitChangeKind kind, String what, String reason) {
        InfusionVisit saved = visits.saveAndFlush(visit);
        changes.save(new VisitChange(visit.getId(), kind, time.now(), currentUser.require().getUsername(), what,
                reason));
        return saved;
    }

    private String where(InfusionVisit visit) {
        if (visit.getClinician() == null || visit.getPlannedStart() == null) {
            return "unassigned";
        }
        return time.dateTime(visit.getPlannedStart()) + " with " + visit.getClinician().getDisplayName();
    }

    private String window(InfusionVisit visit) {
        return time.dateTime(visit.getEarliestStart()) + "-" + time.time(visit.getLatestStart());
    }

    static String required(String reason) {
        String given = optional(reason);
        if (given == null) {
            throw new IllegalArgumentException("Give a reason.");
        }
        return given;
    }

    static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("Keep the reason under " + MAX_REASON_LENGTH + " characters.");
        }
        return reason.strip();
    }
}
