package care.rounds.visits;

import care.rounds.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Visits as each role may see them: the office sees every visit, a clinician only the visits on
 * their own routes (and through them, only their own patients). Enforced here, on the server.
 */
@Service
@Transactional(readOnly = true)
public class VisitService {

    /** What a clinician in the field may set: on the way, at the home, infusing, finished, nobody home. */
    public static final java.util.Set<VisitStatus> FIELD_STATUSES = java.util.EnumSet.of(
            VisitStatus.EN_ROUTE, VisitStatus.ARRIVED, VisitStatus.INFUSING, VisitStatus.MONITORING, VisitStatus.DONE,
            VisitStatus.NOT_HOME);

    private final VisitRepository visits;
    private final VisitChangeRepository changes;
    private final ChangeRecorder recorder;
    private final CurrentUser currentUser;
    private final care.rounds.base.ClinicTime time;

    VisitService(VisitRepository visits, VisitChangeRepository changes, ChangeRecorder recorder,
                 CurrentUser currentUser, care.rounds.base.ClinicTime time) {
        this.time = time;
        this.visits = visits;
        this.changes = changes;
        this.recorder = recorder;
        this.currentUser = currentUser;
    }

    /**
     * Records a status as the office (the Visits screen): the office chose the status, so skipped steps count
     * as confirmed; a Done before the least monitoring is recorded as set by the office and flagged.
     */
    @RolesAllowed({"COORDINATOR", "CLINICIAN"})
    @Transactional
    public InfusionVisit recordStatus(long visitId, VisitStatus status) {
        return recordStatus(visitId, StatusReport.of(status).confirmingSkip()
                .withEarlyDoneReason(currentUser.isOffice() ? "set by the office" : null));
    }

    /**
     * Records a status tap (see {@link StatusSteps} for the order) and writes it to the visit's history: who,
     * when, which steps were skipped, the responsible adult confirmed at the home, why Done came before the least
     * monitoring. A clinician may change only visits on her own route.
     *
     * @throws IllegalStateException with a sentence for the clinician when the tap goes back, skips a step
     *                               unconfirmed, passes Arrived without the responsible adult confirmed, or ends
     *                               the visit early without a reason
     */
    @RolesAllowed({"COORDINATOR", "CLINICIAN"})
    @Transactional
    public InfusionVisit recordStatus(long visitId, StatusReport report) {
        VisitStatus status = report.status();
        if (!FIELD_STATUSES.contains(status)) {
            throw new IllegalArgumentException(status.label() + " is not set from the field.");
        }
        InfusionVisit visit = find(visitId).orElseThrow(() -> new IllegalArgumentException("No such visit."));
        if (visit.getClinician() == null) {
            throw new IllegalStateException("This visit is not on anyone's route yet.");
        }
        if (visit.getStatus().isClosed()) {
            throw new IllegalStateException("This visit is " + visit.getStatus().label().toLowerCase()
                    + " already; nothing more can change.");
        }
        VisitStatus current = visit.getStatus();
        if (StatusSteps.isBackward(current, status)) {
            throw new IllegalStateException(status.label() + " is recorded already (the visit is "
                    + current.label().toLowerCase() + "). Undo a wrong tap within 2 minutes, or call the office.");
        }
        List<String> notes = new java.util.ArrayList<>();
        List<VisitStatus> skipped = StatusSteps.skipped(current, status);
        if (!skipped.isEmpty()) {
            if (!report.skipConfirmed()) {
                throw new IllegalStateException(status.label() + " now skips " + labels(skipped)
                        + ": confirm that you mean to skip it.");
            }
            notes.add("Skipped " + labels(skipped));
        }
        boolean infusion = !visit.getPlan().getProtocol().isAssessment();
        if (infusion && StatusSteps.atTheHome(status) && visit.getAdultConfirmed() == null) {
            String adult = VisitChanges.optional(report.adultPresent());
            if (adult == null && !currentUser.isOffice()) {
                throw new IllegalStateException("Confirm the responsible adult at home first: they stay with the "
                        + "patient until you leave.");
            }
            if (adult != null) {
                visit.confirmAdult(adult);
                notes.add("Responsible adult at home confirmed: " + adult);
            }
        }
        if (status == VisitStatus.DONE) {
            Instant monitoringSince = current == VisitStatus.MONITORING ? lastTap(visitId, VisitStatus.MONITORING) : null;
            Optional<String> early = StatusSteps.earlyDone(current, monitoringSince, time.now(),
                    visit.getPlan().getProtocol().getMinMonitoringMinutes());
            if (early.isPresent()) {
                String reason = VisitChanges.optional(report.earlyDoneReason());
                if (reason == null) {
                    throw new IllegalStateException(early.get() + ". Say why; the office is told.");
                }
                visit.endEarly(early.get() + ". Reason: " + reason);
                notes.add(early.get() + ". Reason: " + reason);
            }
        }
        String before = recorder.describe(visit);
        visit.setStatus(status);
        return recorder.record(visit, VisitChangeKind.STATUS, before, notes.isEmpty() ? null : String.join(". ", notes));
    }

    /**
     * Undoes the visit's last status tap, when it is at most {@link StatusSteps#UNDO_WINDOW} old and the caller
     * made it: the visit goes back to the status before the tap, and the correction is a new history entry
     * (the tap stays in the history).
     */
    @RolesAllowed({"COORDINATOR", "CLINICIAN"})
    @Transactional
    public InfusionVisit undoStatus(long visitId) {
        InfusionVisit visit = find(visitId).orElseThrow(() -> new IllegalArgumentException("No such visit."));
        List<VisitChange> log = changes.findByVisitIdInAndStatusNotNullOrderByChangedAtAscIdAsc(List.of(visitId));
        VisitChange last = log.isEmpty() ? null : log.get(log.size() - 1);
        if (last == null || last.getKind() != VisitChangeKind.STATUS || last.getStatus() != visit.getStatus()) {
            throw new IllegalStateException("There is no status tap to undo on this visit.");
        }
        if (!last.getChangedBy().equals(currentUser.actorName())) {
            throw new IllegalStateException("The last status was recorded by " + last.getChangedBy()
                    + "; call the office to correct it.");
        }
        if (!StatusSteps.undoable(last.getChangedAt(), time.now())) {
            throw new IllegalStateException(last.getStatus().label() + " was tapped at "
                    + time.time(last.getChangedAt()) + ", more than 2 minutes ago: call the office to correct it.");
        }
        VisitStatus back = log.size() >= 2 ? log.get(log.size() - 2).getStatus() : VisitStatus.SCHEDULED;
        String before = recorder.describe(visit);
        if (last.getStatus() == VisitStatus.DONE) {
            visit.endEarly(null);
        }
        if (!StatusSteps.atTheHome(back)) {
            visit.confirmAdult(null);
        }
        visit.setStatus(back);
        return recorder.record(visit, VisitChangeKind.STATUS_UNDONE, before,
                "Undo of " + last.getStatus().label() + " tapped at " + time.time(last.getChangedAt()));
    }

    /** Visits that ended before their protocol's least monitoring, planned in this range: the office is told. */
    @RolesAllowed("COORDINATOR")
    public List<InfusionVisit> endedEarly(Instant from, Instant until) {
        return visits.findByEndedEarlyNotNullAndPlannedStartBetweenOrderByPlannedStart(from, until);
    }

    private Instant lastTap(long visitId, VisitStatus status) {
        List<VisitChange> log = changes.findByVisitIdInAndStatusNotNullOrderByChangedAtAscIdAsc(List.of(visitId));
        for (int i = log.size() - 1; i >= 0; i--) {
            if (log.get(i).getStatus() == status && log.get(i).getKind() == VisitChangeKind.STATUS) {
                return log.get(i).getChangedAt();
            }
        }
        return null;
    }

    private static String labels(List<VisitStatus> steps) {
        return String.join(" and ", steps.stream().map(VisitStatus::label).toList());
    }

    /** The recorded status changes of these visits, oldest first; a clinician gets only their own visits'. */
    @RolesAllowed({"COORDINATOR", "CLINICIAN"})
    public List<VisitLogEntry> statusLog(Collection<Long> visitIds) {
        List<Long> allowed = currentUser.restrictedToClinician()
                .map(me -> visits.findAllById(visitIds).stream()
                        .filter(v -> v.getClinician() != null && me.equals(v.getClinician().getId()))
                        .map(InfusionVisit::getId).toList())
                .orElse(List.copyOf(visitIds));
        return allowed.isEmpty() ? List.of() : changes.findByVisitIdInAndStatusNotNullOrderByChangedAtAscIdAsc(allowed)
                .stream().map(VisitLogEntry::new).toList();
    }

    @RolesAllowed({"COORDINATOR", "CLINICIAN"})
    public Stream<InfusionVisit> search(VisitFilter filter, int offset, int limit) {
        VisitFilter allowed = restrict(filter);
        int size = Math.max(1, limit);
        return visits.search(allowed.from(), allowed.until(), allowed.clinicianId(), allowed.statuses(),
                allowed.patientText(), PageRequest.of(offset / size, size, Sort.by("earliestStart", "id"))).stream();
    }

    @RolesAllowed({"COORDINATOR", "CLINICIAN"})
    public int count(VisitFilter filter) {
        VisitFilter allowed = restrict(filter);
        return (int) visits.countSearch(allowed.from(), allowed.until(), allowed.clinicianId(), allowed.statuses(),
                allowed.patientText());
    }

    /** One clinician's visits in a time range; a clinician may ask only for their own. */
    @RolesAllowed({"COORDINATOR", "CLINICIAN"})
    public List<InfusionVisit> ofClinician(long clinicianId, Instant from, Instant until) {
        checkMayRead(clinicianId);
        return visits.search(from, until, clinicianId, java.util.EnumSet.allOf(VisitStatus.class), "",
                PageRequest.of(0, 500, Sort.by("plannedStart", "earliestStart"))).getContent();
    }

    @RolesAllowed({"COORDINATOR", "CLINICIAN"})
    public Optional<InfusionVisit> find(long id) {
        Optional<InfusionVisit> visit = visits.findById(id);
        visit.ifPresent(v -> {
            Long owner = v.getClinician() == null ? null : v.getClinician().getId();
            currentUser.restrictedToClinician().ifPresent(me -> {
                if (!me.equals(owner)) {
                    throw new AccessDeniedException("This visit is not on your route.");
                }
            });
        });
        return visit;
    }

    /** Every visit of this patient's plans (any status), in the order they come: the office's print-out reads it. */
    @RolesAllowed("COORDINATOR")
    public List<InfusionVisit> ofPatient(long patientId) {
        return visits.ofPatient(patientId);
    }

    /** The planner and the demo clinic read the horizon without a signed-in user. */
    public List<InfusionVisit> inHorizon(Instant from, Instant until) {
        return visits.inHorizon(from, until);
    }

    /** These visits, for the planner and the rule check (which read without a signed-in user's filter). */
    public List<InfusionVisit> byIds(Collection<Long> ids) {
        return visits.findAllById(ids);
    }

    /**
     * Open visits pinned in this range (their place was promised by hand, so the planner does not move them),
     * and visits a rule check flagged, planned or told in it: the rule check reads them without a user's filter.
     */
    public List<InfusionVisit> pinnedOrFlaggedIn(Instant from, Instant until) {
        return visits.pinnedOrFlaggedIn(from, until);
    }

    /** Every visit of these plans, in order: the planner reads a series' history from it. */
    public List<InfusionVisit> seriesOf(Collection<Long> planIds) {
        return visits.findByPlanIdInOrderByPlanIdAscSequenceNumberAsc(planIds);
    }

    private VisitFilter restrict(VisitFilter filter) {
        return currentUser.restrictedToClinician().map(filter::forClinician).orElse(filter);
    }

    private void checkMayRead(long clinicianId) {
        currentUser.restrictedToClinician().ifPresent(me -> {
            if (me != clinicianId) {
                throw new AccessDeniedException("A clinician sees only their own visits.");
            }
        });
    }
}
