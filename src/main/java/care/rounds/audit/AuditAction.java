package care.rounds.audit;

/**
 * What an audit entry records.
 */
public enum AuditAction {
    OPENED_PATIENT("Opened patient record"),
    OPENED_VISIT("Opened visit"),
    OPENED_SUMMARY("Opened patient summary"),
    OPENED_REQUEST("Opened consultation request"),
    EXPORTED("Exported"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_REFUSED("Sign-in refused (too many attempts)"),
    SIGN_IN_DISABLED("Sign-in to a disabled login");

    private final String description;

    AuditAction(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
