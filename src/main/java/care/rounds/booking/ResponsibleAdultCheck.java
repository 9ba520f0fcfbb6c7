package care.rounds.booking;

import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * A responsible adult stays with the patient until the clinician leaves, and the patient must not drive for
 * the rest of the day: the first infusion of a series is confirmed only when the patient's record names that
 * adult (name, phone, relation). The in-home assessment gives no infusion and needs none.
 */
@Component
class ResponsibleAdultCheck {

    private final VisitService visits;

    ResponsibleAdultCheck(VisitService visits) {
        this.visits = visits;
    }

    /** @throws IllegalArgumentException saying what is missing and where to enter it */
    void requireForFirstInfusions(Collection<Long> visitIds) {
        for (InfusionVisit visit : visits.byIds(visitIds)) {
            if (visit.getSequenceNumber() != 1 || visit.getPlan().getProtocol().isAssessment()) {
                continue;
            }
            visit.getPlan().getPatient().responsibleAdultMissing().ifPresent(missing -> {
                throw new IllegalArgumentException("The first infusion needs a responsible adult who stays until the "
                        + "clinician leaves; the patient's record has no " + missing + " for them. Open Patients, "
                        + "enter the adult's name, phone and relation, then confirm again.");
            });
        }
    }
}
