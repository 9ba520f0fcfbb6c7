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
            VisitStatus.EN_ROUTE, VisitStatus.ARRIVED, VisitStatus.INFUSING, VisitStatus.DONE, VisitStatus.NOT_HOME);

    private final VisitRepository visits;
    private final VisitChangeRepository changes;
    private final ChangeRecorder recorder;
    private final CurrentUser currentUser;

    VisitService(VisitRepository visits, VisitChangeRepository changes, ChangeRecorder recorder,
                 CurrentUser currentUser) {
        this.visits = visits;
        this.changes = changes;
        this.recorder = recorder;
        this.currentUser = currentUser;
    }

    /**
     * Sets a visit's field status (en route, arrived, infusing, done, not home) and records when and
     * by whom. A clinician may change only visits on their own route.
     */
    @RolesAllowed({"COORDINATOR", "CLINICIAN"})
    @Transactional
    public InfusionVisit recordStatus(long visitId, VisitStatus status) {
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
        String before = recorder.describe(visit);
        visit.setStatus(status);
        return recorder.record(visit, VisitChangeKind.STATUS, before, null);
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
