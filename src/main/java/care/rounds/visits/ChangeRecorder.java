package care.rounds.visits;

import care.rounds.base.ClinicTime;
import care.rounds.security.CurrentUser;
import care.rounds.security.SystemActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a visit and its one history entry together: every command of the visits module ends here, so
 * no change is saved without who, when, before, after and why.
 */
@Component
class ChangeRecorder {

    private final VisitRepository visits;
    private final VisitChangeRepository changes;
    private final CurrentUser currentUser;
    private final ClinicTime time;
    private final ApplicationEventPublisher events;
    private final PromiseSettings promise;

    ChangeRecorder(VisitRepository visits, VisitChangeRepository changes, CurrentUser currentUser, ClinicTime time,
                   ApplicationEventPublisher events, PromiseSettings promise) {
        this.visits = visits;
        this.changes = changes;
        this.currentUser = currentUser;
        this.time = time;
        this.events = events;
        this.promise = promise;
    }

    InfusionVisit record(InfusionVisit visit, VisitChangeKind kind, String before, String reason) {
        return record(visit, kind, before, describe(visit), reason);
    }

    InfusionVisit record(InfusionVisit visit, VisitChangeKind kind, String before, String after, String reason) {
        InfusionVisit saved = visits.saveAndFlush(visit);
        VisitChange change = new VisitChange(saved.getId(), kind, time.now(), currentUser.actorName(), actor(),
                plannerRun(), before, after, reason);
        if (kind == VisitChangeKind.STATUS || kind == VisitChangeKind.STATUS_UNDONE) {
            change.withStatus(saved.getStatus());
        }
        changes.save(change);
        events.publishEvent(new VisitChanged(saved.getId(), saved.getVersion(), saved.getPlan().getPatient().getId(),
                saved.getPlan().getId(), kind, saved.getStatus(), saved.getPlannedStart(),
                saved.getClinician() == null ? null : saved.getClinician().getId(), saved.getToldStart(),
                saved.movedSinceTold(promise.toldTolerance())));
        return saved;
    }

    /** The visit in a few words: status, start and clinician, pinned; never the patient. */
    String describe(InfusionVisit visit) {
        StringBuilder text = new StringBuilder(visit.getStatus().label());
        if (visit.getClinician() != null && visit.getPlannedStart() != null) {
            text.append(", ").append(time.dateTime(visit.getPlannedStart())).append(" with ")
                    .append(visit.getClinician().getDisplayName());
        } else if (!visit.getStatus().isClosed()) {
            text.append(", not on a route");
        }
        if (visit.isPinned()) {
            text.append(", pinned");
        }
        return text.toString();
    }

    /** What the patient was told: start and clinician. */
    String promise(InfusionVisit visit) {
        return time.dateTime(visit.getToldStart()) + " with "
                + (visit.getToldClinician() == null ? "a clinician" : visit.getToldClinician().getDisplayName());
    }

    String window(InfusionVisit visit) {
        return "window " + time.dateTime(visit.getEarliestStart()) + "-" + time.time(visit.getLatestStart());
    }

    private VisitChange.Actor actor() {
        if (!currentUser.isSystemActor()) {
            return VisitChange.Actor.USER;
        }
        return plannerRun() != null ? VisitChange.Actor.PLANNER : VisitChange.Actor.SYSTEM;
    }

    private Long plannerRun() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SystemActor actor) {
            return actor.plannerRunId();
        }
        return null;
    }
}
