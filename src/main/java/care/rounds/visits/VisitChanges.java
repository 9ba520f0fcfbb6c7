package care.rounds.visits;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.SystemActor;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one door through which a visit changes after it is created. Each command checks the caller's
 * role, checks the version the user saw where a user saw the visit (so nobody overwrites a colleague's
 * change unknowingly), and writes exactly one history entry per visit it changes: who (a user, or the
 * planner with its run), when, the visit before and after, and why.
 */
@Service
@Transactional(readOnly = true)
public class VisitChanges {

    public static final int MAX_REASON_LENGTH = 500;

    private final VisitRepository visits;
    private final VisitChangeRepository changes;
    private final ClinicianService clinicians;
    private final ChangeRecorder recorder;
    private final java.time.Clock clock;
    private final ClinicalRules rules;

    VisitChanges(VisitRepository visits, VisitChangeRepository changes, ClinicianService clinicians,
                 ChangeRecorder recorder, java.time.Clock clock, ClinicalRules rules) {
        this.rules = rules;
        this.visits = visits;
        this.changes = changes;
        this.clinicians = clinicians;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Books an infusion at the option the coordinator agreed with the patient: this clinician, this start,
     * pinned, and recorded as what the patient was told.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit book(long visitId, long clinicianId, Instant start) {
        return bookAll(List.of(new Placement(visitId, clinicianId, start)), null).get(0);
    }

    /**
     * Books several infusions at once (the options chosen for a series): the clinic's rules are checked on
     * all of them together, so infusion 3 is checked against the option chosen for infusion 2, not against
     * its first option. A timing rule broken may be accepted with {@code timingExceptionReason}; a legal or
     * safety rule refuses the whole booking.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public List<InfusionVisit> bookAll(List<Placement> choices, String timingExceptionReason) {
        String exceptionReason = optional(timingExceptionReason);
        List<InfusionVisit> opened = choices.stream().map(choice -> {
            InfusionVisit visit = open(choice.visitId(), null);
            requireNotUnderWay(visit);
            return visit;
        }).toList();
        String exception = keepRules(choices, exceptionReason != null);
        List<InfusionVisit> booked = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            InfusionVisit visit = opened.get(i);
            Placement choice = choices.get(i);
            String before = recorder.describe(visit);
            visit.assign(clinician(choice.clinicianId()), choice.start());
            visit.setPinned(true);
            visit.told(clock.instant());
            String why = "Confirmed with the patient";
            if (exception != null) {
                visit.exceptTiming(exception + " Exception: " + exceptionReason);
                why = why + "; timing exception (" + exception + "): " + exceptionReason;
            }
            booked.add(recorder.record(visit, VisitChangeKind.BOOKED, before, why));
        }
        return booked;
    }

    /** Puts the visit on a clinician's route at this start without pinning it: the planner may still improve it. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit assign(long visitId, long versionSeen, long clinicianId, Instant start, String reason) {
        return assign(visitId, versionSeen, clinicianId, start, reason, false);
    }

    /**
     * As {@link #assign(long, long, long, Instant, String)}; with {@code exceptTiming} a broken timing rule
     * (window, gap, working hours) is accepted for the reason given, recorded and shown as an exception.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit assign(long visitId, long versionSeen, long clinicianId, Instant start, String reason,
                                boolean exceptTiming) {
        InfusionVisit visit = open(visitId, versionSeen);
        requireNotUnderWay(visit);
        String why = required(reason);
        String exception = keepRules(List.of(new Placement(visitId, clinicianId, start)), exceptTiming);
        String before = recorder.describe(visit);
        visit.assign(clinician(clinicianId), start);
        return recorder.record(visit, VisitChangeKind.ASSIGNED, before, withException(visit, exception, why));
    }

    /** Takes the visit off its route (a roster change ruled it out, say): it waits for the planner. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit unassign(long visitId, String reason) {
        InfusionVisit visit = open(visitId, null);
        requireNotUnderWay(visit);
        String before = recorder.describe(visit);
        visit.unassign();
        visit.setPinned(false);
        return recorder.record(visit, VisitChangeKind.UNASSIGNED, before, required(reason));
    }

    /** The visit will not happen: it leaves its route, the planner skips it from now on. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit cancel(long visitId, long versionSeen, String reason) {
        InfusionVisit visit = open(visitId, versionSeen);
        requireNotUnderWay(visit);
        String before = recorder.describe(visit);
        visit.unassign();
        visit.setPinned(false);
        visit.setStatus(VisitStatus.CANCELLED);
        return recorder.record(visit, VisitChangeKind.CANCELLED, before, required(reason));
    }

    /**
     * The rest of a series will not happen (the coordinator gave up on a booking, the physician stopped the
     * treatment): every visit of the plan not yet given or under way is cancelled, each with its entry.
     *
     * @return the visits cancelled
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public List<InfusionVisit> cancelRestOfSeries(long planId, String reason) {
        String why = required(reason);
        List<InfusionVisit> cancelled = new ArrayList<>();
        for (InfusionVisit visit : visits.findByPlanIdOrderBySequenceNumber(planId)) {
            if (visit.getStatus().isClosed() || visit.getStatus().isStarted()) {
                continue;
            }
            String before = recorder.describe(visit);
            visit.unassign();
            visit.setPinned(false);
            visit.setStatus(VisitStatus.CANCELLED);
            cancelled.add(recorder.record(visit, VisitChangeKind.SERIES_CANCELLED, before, why));
        }
        return cancelled;
    }

    /** The clinician found nobody home: the visit is closed and leaves the rest of the day's plan. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit markNotHome(long visitId, long versionSeen, String reason) {
        InfusionVisit visit = open(visitId, versionSeen);
        if (visit.getClinician() == null) {
            throw new IllegalStateException("This visit is not on anyone's route: cancel it instead.");
        }
        String before = recorder.describe(visit);
        visit.setPinned(false);
        visit.setStatus(VisitStatus.NOT_HOME);
        return recorder.record(visit, VisitChangeKind.NOT_HOME, before, required(reason));
    }

    /** Another day or window the patient can do; the visit leaves its route and waits for the planner. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit reschedule(long visitId, long versionSeen, Instant earliestStart, Instant latestStart,
                                    String reason) {
        InfusionVisit visit = open(visitId, versionSeen);
        requireNotUnderWay(visit);
        String before = recorder.describe(visit) + ", " + recorder.window(visit);
        visit.setWindow(earliestStart, latestStart);
        visit.unassign();
        visit.setPinned(false);
        return recorder.record(visit, VisitChangeKind.RESCHEDULED, before,
                recorder.describe(visit) + ", " + recorder.window(visit), required(reason));
    }

    /**
     * Gives the visit to this clinician at this start and pins it there. A start outside the patient's
     * window becomes the window: the coordinator has agreed it with the patient. Later visits of that
     * clinician's day that the move pushes get their new starts, each with its own entry.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit move(long visitId, long versionSeen, long clinicianId, Instant start, String reason,
                              List<PlannedVisit> pushedLater) {
        return move(visitId, versionSeen, clinicianId, start, reason, pushedLater, false);
    }

    /**
     * As {@link #move(long, long, long, Instant, String, List)}. The clinic's rules are checked first on the
     * day with the move and the later visits it pushes: a legal or safety rule broken (credential, licence,
     * dose kits, overlap with the clinician's other visits, a second visit for the patient that day) refuses
     * the move; a timing rule broken (window, gap, working hours) refuses it unless {@code exceptTiming},
     * in which case the reason is recorded as the exception and the board shows it.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit move(long visitId, long versionSeen, long clinicianId, Instant start, String reason,
                              List<PlannedVisit> pushedLater, boolean exceptTiming) {
        InfusionVisit visit = open(visitId, versionSeen);
        requireNotUnderWay(visit);
        String why = required(reason);
        List<Placement> placements = new ArrayList<>();
        placements.add(new Placement(visitId, clinicianId, start));
        pushedLater.stream().filter(p -> p.clinician() != null)
                .forEach(p -> placements.add(new Placement(p.visitId(), p.clinician().getId(), p.start())));
        String exception = keepRules(placements, exceptTiming);
        Clinician clinician = clinician(clinicianId);
        String before = recorder.describe(visit);
        if (start.isBefore(visit.getEarliestStart()) || start.isAfter(visit.getLatestStart())) {
            visit.setWindow(start, start);
        }
        visit.assign(clinician, start);
        visit.setPinned(true);
        InfusionVisit moved = recorder.record(visit, VisitChangeKind.MOVED, before, withException(visit, exception, why));
        write(pushedLater, VisitChangeKind.PUSHED_LATER, "Another visit was moved before it: " + why);
        return moved;
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
        String before = recorder.describe(visit);
        visit.setPinned(pinned);
        return recorder.record(visit, pinned ? VisitChangeKind.PINNED : VisitChangeKind.UNPINNED, before, null);
    }

    /** Pins the visit where it is planned. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit pin(long visitId, long versionSeen) {
        return pin(visitId, versionSeen, true);
    }

    /** Gives the visit back to the planner. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit unpin(long visitId, long versionSeen) {
        return pin(visitId, versionSeen, false);
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
        String before = recorder.describe(visit) + ", " + visit.getDurationMinutes() + " min";
        visit.setDurationMinutes(visit.getDurationMinutes() + minutes);
        visit.assign(visit.getClinician(), visit.getPlannedStart());
        visit.setPinned(true);
        return recorder.record(visit, VisitChangeKind.RUNNING_LATE, before,
                recorder.describe(visit) + ", " + visit.getDurationMinutes() + " min (runs " + minutes + " min late)",
                optional(reason));
    }

    /** A new length for the visit, from vitals to the end of monitoring. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit changeLength(long visitId, long versionSeen, int minutes, String reason) {
        InfusionVisit visit = open(visitId, versionSeen);
        if (minutes < 15 || minutes > 480) {
            throw new IllegalArgumentException("Enter a length between 15 and 480 minutes.");
        }
        if (visit.getDurationMinutes() == minutes) {
            return visit;
        }
        visit.getPlan().getProtocol().tooShort("A visit of", minutes).ifPresent(tooShort -> {
            throw new IllegalArgumentException(tooShort + " Enter at least "
                    + visit.getPlan().getProtocol().shortestVisitMinutes() + " minutes.");
        });
        String before = visit.getDurationMinutes() + " min";
        visit.setDurationMinutes(minutes);
        if (visit.getClinician() != null && visit.getPlannedStart() != null) {
            visit.assign(visit.getClinician(), visit.getPlannedStart());
        }
        return recorder.record(visit, VisitChangeKind.LENGTH_CHANGED, before, minutes + " min", optional(reason));
    }

    /**
     * The coordinator called the patient (or a message reached them): what the patient knows is now the
     * visit as planned. A visit no longer on a route is then promised nothing until it is placed again.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public InfusionVisit recordPatientTold(long visitId, long versionSeen, String how) {
        return tell(open(visitId, versionSeen), required(how));
    }

    /**
     * Every visit planned in this range is recorded as told, as planned (the clinic confirmed a whole plan
     * with its patients, such as the demo clinic's first week).
     *
     * @return how many visits were recorded as told
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public int recordPlannedVisitsTold(Instant from, Instant until, String how) {
        String why = required(how);
        int told = 0;
        for (InfusionVisit visit : visits.inHorizon(from, until)) {
            if (visit.getStatus().isClosed() || visit.getPlannedStart() == null || visit.getPlannedStart().isBefore(from)
                    || !visit.getPlannedStart().isBefore(until)) {
                continue;
            }
            tell(visit, why);
            told++;
        }
        return told;
    }

    private InfusionVisit tell(InfusionVisit visit, String how) {
        String before = visit.wasTold() ? "Told " + recorder.promise(visit) : "Told nothing yet";
        visit.told(clock.instant());
        return recorder.record(visit, VisitChangeKind.PATIENT_TOLD, before,
                visit.wasTold() ? "Told " + recorder.promise(visit) : "Told it is not planned yet", how);
    }

    /**
     * Writes a planning run's result. Only the planner (signed in as its run) or the office may; a visit
     * someone changed since the planner read it (its version moved on) is left alone and reported, so a
     * coordinator's change always wins. A visit the run left where it was gets no entry.
     *
     * @return what was written: the visits changed meanwhile and how many placed visits moved
     */
    @RolesAllowed({"COORDINATOR", SystemActor.PLANNER_ROLE})
    @Transactional
    public PlannerResultWritten applyPlannerResult(List<PlannedVisit> plan) {
        return write(plan, VisitChangeKind.PLANNED, null);
    }

    /**
     * A pinned visit checked again breaks a clinic rule now: the visit carries the rule and the call to make
     * (the board shows it), and its history gets one entry, only when the flag is new or its words changed, so
     * checking again and again writes nothing more.
     *
     * @return true when an entry was written
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public boolean flagBrokenRules(long visitId, String words) {
        InfusionVisit visit = open(visitId, null);
        if (words == null || words.isBlank()) {
            throw new IllegalArgumentException("Say which rule is broken.");
        }
        String before = visit.getRuleFlag();
        visit.flagRules(words.strip());
        if (visit.getRuleFlag().equals(before)) {
            return false; // flagged already with these words: one entry, not one per check
        }
        String reason = visit.getRuleFlag().length() <= MAX_REASON_LENGTH ? visit.getRuleFlag()
                : visit.getRuleFlag().substring(0, MAX_REASON_LENGTH - 1) + "…";
        recorder.record(visit, VisitChangeKind.RULES_FLAGGED, recorder.describe(visit), reason);
        return true;
    }

    /** The visit keeps the rules again (or is no longer pinned there): the flag leaves the board, silently. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public void clearRuleFlag(long visitId) {
        visits.findById(visitId).filter(visit -> visit.getRuleFlag() != null).ifPresent(visit -> {
            visit.flagRules(null);
            visits.saveAndFlush(visit);
        });
    }

    /** The visit's history, newest first. */
    @RolesAllowed("COORDINATOR")
    public List<VisitChange> history(long visitId) {
        return changes.findByVisitIdOrderByChangedAtDescIdDesc(visitId);
    }

    /** Entries a planning run wrote. */
    @RolesAllowed("COORDINATOR")
    public List<VisitChange> writtenByRun(long plannerRunId) {
        return changes.findByPlannerRunId(plannerRunId);
    }

    private PlannerResultWritten write(Collection<PlannedVisit> plan, VisitChangeKind kind, String reason) {
        Map<Long, InfusionVisit> byId = visits.findAllById(plan.stream().map(PlannedVisit::visitId).toList())
                .stream().collect(Collectors.toMap(InfusionVisit::getId, Function.identity()));
        List<Long> changedMeanwhile = new ArrayList<>();
        int moved = 0;
        for (PlannedVisit planned : plan) {
            InfusionVisit visit = byId.get(planned.visitId());
            if (visit == null || visit.getVersion() != planned.versionRead() || visit.getStatus().isClosed()
                    || visit.getStatus().isStarted()) {
                changedMeanwhile.add(planned.visitId());
                continue;
            }
            if (planned.sameAs(visit)) {
                continue;
            }
            if (visit.getClinician() != null && visit.getPlannedStart() != null) {
                moved++; // a first placement is not a move
            }
            String before = recorder.describe(visit);
            if (planned.clinician() == null) {
                visit.unassign();
            } else {
                visit.assign(planned.clinician(), planned.start());
            }
            recorder.record(visit, kind, before, reason);
        }
        return new PlannerResultWritten(changedMeanwhile, moved);
    }

    /**
     * Checks the clinic's rules on the placements; refuses a legal or safety rule always and a timing rule
     * unless an exception is made.
     *
     * @return the timing rules excepted, in words, or null when every rule is kept
     */
    private String keepRules(List<Placement> placements, boolean exceptTiming) {
        RuleVerdict verdict = rules.check(placements);
        List<BrokenRule> broken = verdict.broken();
        List<BrokenRule> notOverridable = broken.stream().filter(rule -> !rule.timing()).toList();
        if (!notOverridable.isEmpty()) {
            throw new ClinicalRuleBroken(notOverridable, false);
        }
        if (!broken.isEmpty() && !exceptTiming) {
            throw new ClinicalRuleBroken(broken, true);
        }
        pushLater(verdict.pushedLater());
        return broken.isEmpty() ? null : broken.stream().map(BrokenRule::words).collect(Collectors.joining(" "));
    }

    /** Later visits of the day a placement pushes within their windows get their new starts, each with its entry. */
    private void pushLater(List<Placement> pushed) {
        if (pushed.isEmpty()) {
            return;
        }
        List<PlannedVisit> plan = new ArrayList<>();
        for (Placement placement : pushed) {
            visits.findById(placement.visitId()).ifPresent(visit -> plan.add(new PlannedVisit(visit.getId(),
                    visit.getVersion(), clinician(placement.clinicianId()), placement.start())));
        }
        write(plan, VisitChangeKind.PUSHED_LATER, "Another visit was placed before it");
    }

    private static String withException(InfusionVisit visit, String exception, String why) {
        if (exception == null) {
            return why;
        }
        visit.exceptTiming(exception + " Exception: " + why);
        return why + " (timing exception: " + exception + ")";
    }

    private InfusionVisit open(long visitId, Long versionSeen) {
        InfusionVisit visit = visits.findById(visitId)
                .orElseThrow(() -> new IllegalArgumentException("This visit no longer exists."));
        if (versionSeen != null && visit.getVersion() != versionSeen) {
            throw new ObjectOptimisticLockingFailureException(InfusionVisit.class, visitId);
        }
        if (visit.getStatus().isClosed()) {
            throw new IllegalStateException("This visit is " + visit.getStatus().label().toLowerCase()
                    + " already; nothing more can change.");
        }
        return visit;
    }

    private Clinician clinician(long clinicianId) {
        return clinicians.find(clinicianId)
                .orElseThrow(() -> new IllegalArgumentException("This clinician no longer exists."));
    }

    private static void requireNotUnderWay(InfusionVisit visit) {
        if (visit.getStatus().isStarted()) {
            throw new IllegalStateException("This visit is under way (" + visit.getStatus().label().toLowerCase()
                    + "): record Not home or Running late instead.");
        }
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
