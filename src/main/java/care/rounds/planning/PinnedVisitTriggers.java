package care.rounds.planning;

import care.rounds.clinicians.RosterChanged;
import care.rounds.patients.PatientSaved;
import care.rounds.plans.ProtocolSaved;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When pinned visits are checked again besides before each planning run: a roster change (inside its
 * transaction, before {@link RosterChangePlanner} takes ruled-out visits off the route, so the flag and its
 * history entry name what the change broke), a protocol change and a patient's address change.
 */
@Component
class PinnedVisitTriggers {

    private final PinnedVisitRecheck recheck;
    private final care.rounds.base.ClinicTime time;
    private final PlanningSettings settings;

    PinnedVisitTriggers(PinnedVisitRecheck recheck, care.rounds.base.ClinicTime time, PlanningSettings settings) {
        this.recheck = recheck;
        this.time = time;
        this.settings = settings;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void rosterChanged(RosterChanged change) {
        // her own visits, and RN visits on other routes an MD or NP off duty (or no longer one) may leave unsupervised
        int broken = recheck.recheckRosterChange(change.clinicianId(), "Rule check after a roster change");
        if (broken > 0) {
            change.report((broken == 1 ? "1 pinned visit breaks" : broken + " pinned visits break")
                    + " a clinic rule now: the board shows the call to make.");
        }
    }

    /** Booked series keep the rules they were booked with, but a protocol's name or credentials may still matter. */
    @EventListener
    void protocolSaved(ProtocolSaved saved) {
        recheck.recheck(time.today(), settings.horizonDays() + 21, "Rule check after a protocol change");
    }

    @EventListener
    void patientSaved(PatientSaved saved) {
        recheck.recheckPatient(saved.patientId(), "Rule check after the patient's record changed");
    }
}
