package care.rounds.visits;

import care.rounds.clinicians.Clinician;
import org.springframework.context.ApplicationContext;

import java.time.Instant;

/**
 * Test set-up and clean-up of visits without the visit-change door: tests share the demo clinic, and put
 * back what they changed. Lives in the visits package because only the module may touch a visit; the
 * architecture test checks production code, not this.
 */
public final class VisitFixtures {

    private final VisitRepository visits;
    private final VisitChangeRepository changes;

    private VisitFixtures(VisitRepository visits, VisitChangeRepository changes) {
        this.visits = visits;
        this.changes = changes;
    }

    public static VisitFixtures of(ApplicationContext context) {
        return new VisitFixtures(context.getBean(VisitRepository.class), context.getBean(VisitChangeRepository.class));
    }

    /**
     * The visit as before its day in the field: no status history (other tests' taps), no adult confirmed, not
     * ended early.
     */
    public InfusionVisit freshForTheField(long visitId) {
        changes.deleteAll(changes.findByVisitIdOrderByChangedAtDescIdDesc(visitId));
        InfusionVisit visit = visits.findById(visitId).orElseThrow();
        visit.confirmAdult(null);
        visit.endEarly(null);
        return visits.saveAndFlush(visit);
    }

    /** Moves every history entry of this visit back in time, as if made {@code ago} earlier. */
    public void tappedEarlier(ApplicationContext context, long visitId, java.time.Duration ago) {
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                "update visit_change set changed_at = changed_at - make_interval(secs => ?) where visit_id = ?",
                (double) ago.toSeconds(), visitId);
    }

    /** Puts the visit back as {@code original} was: window, length, status, route, pin and what was told. */
    public InfusionVisit putBack(InfusionVisit original) {
        InfusionVisit visit = visits.findById(original.getId()).orElseThrow();
        visit.setWindow(original.getEarliestStart(), original.getLatestStart());
        visit.setDurationMinutes(original.getDurationMinutes());
        if (original.getClinician() == null || original.getPlannedStart() == null) {
            visit.unassign();
        } else {
            visit.assign(original.getClinician(), original.getPlannedStart());
        }
        visit.setStatus(original.getStatus());
        visit.setPinned(original.isPinned());
        visit.confirmAdult(original.getAdultConfirmed());
        visit.endEarly(original.getEndedEarly());
        visit.toldAs(original.getToldStart(), original.getToldClinician(), original.getToldAt());
        return visits.saveAndFlush(visit);
    }

    public InfusionVisit place(long visitId, Clinician clinician, Instant start) {
        InfusionVisit visit = visits.findById(visitId).orElseThrow();
        visit.assign(clinician, start);
        return visits.saveAndFlush(visit);
    }

    public InfusionVisit window(long visitId, Instant earliest, Instant latest) {
        InfusionVisit visit = visits.findById(visitId).orElseThrow();
        visit.setWindow(earliest, latest);
        return visits.saveAndFlush(visit);
    }

    public InfusionVisit takeOffRoute(long visitId) {
        InfusionVisit visit = visits.findById(visitId).orElseThrow();
        visit.unassign();
        return visits.saveAndFlush(visit);
    }

    public InfusionVisit status(long visitId, VisitStatus status) {
        InfusionVisit visit = visits.findById(visitId).orElseThrow();
        visit.setStatus(status);
        return visits.saveAndFlush(visit);
    }

    public InfusionVisit pinned(long visitId, boolean pinned) {
        InfusionVisit visit = visits.findById(visitId).orElseThrow();
        visit.setPinned(pinned);
        return visits.saveAndFlush(visit);
    }

    /** The patient was told the visit as it is planned now. */
    public InfusionVisit told(long visitId) {
        InfusionVisit visit = visits.findById(visitId).orElseThrow();
        visit.told(Instant.now());
        return visits.saveAndFlush(visit);
    }

    /** Forgets what the patient was told. */
    public InfusionVisit toldNothing(long visitId) {
        InfusionVisit visit = visits.findById(visitId).orElseThrow();
        visit.toldAs(null, null, null);
        return visits.saveAndFlush(visit);
    }
}
