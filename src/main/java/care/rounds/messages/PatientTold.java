package care.rounds.messages;

import care.rounds.security.SystemActor;
import care.rounds.visits.VisitChanges;
import org.springframework.stereotype.Component;

/**
 * A change notice that reached the patient is what the patient was told: recorded on the visit (its
 * history says by which message), unless the visit changed again since the notice was written.
 */
@Component
class PatientTold {

    private static final SystemActor MESSAGES = SystemActor.office("Patient messages");

    private final VisitChanges visitChanges;

    PatientTold(VisitChanges visitChanges) {
        this.visitChanges = visitChanges;
    }

    void record(PatientMessage message) {
        if (message.getVisitId() == null || message.getVisitVersion() == null) {
            return;
        }
        try {
            MESSAGES.run(() -> visitChanges.recordPatientTold(message.getVisitId(), message.getVisitVersion(),
                    message.getType().label() + " sent by " + message.getChannel().label().toLowerCase()));
        } catch (RuntimeException changedMeanwhile) {
            // the visit moved on (or another channel's copy already recorded it): a newer notice follows
        }
    }
}
