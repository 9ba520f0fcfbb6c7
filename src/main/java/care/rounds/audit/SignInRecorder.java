package care.rounds.audit;

import care.rounds.security.SignInAttempt;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every sign-in attempt, successful or not, goes into the audit record.
 */
@Component
class SignInRecorder {

    private final PatientDataAudit audit;

    SignInRecorder(PatientDataAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void on(SignInAttempt attempt) {
        AuditAction action = switch (attempt.outcome()) {
            case SIGNED_IN -> AuditAction.SIGNED_IN;
            case WRONG_PASSWORD -> AuditAction.SIGN_IN_FAILED;
            case DISABLED -> AuditAction.SIGN_IN_DISABLED;
            case THROTTLED -> AuditAction.SIGN_IN_REFUSED;
        };
        audit.recordSignIn(attempt.username(), attempt.address(), action);
    }
}
