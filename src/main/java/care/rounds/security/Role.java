package care.rounds.security;

/**
 * A user's role. A manager may also do everything a coordinator does.
 */
public enum Role {
    COORDINATOR("Patient coordinator"),
    CLINICIAN("Clinician"),
    MANAGER("Manager");

    /** Role names for {@code @RolesAllowed}. */
    public static final String COORDINATOR_ROLE = "COORDINATOR";
    public static final String CLINICIAN_ROLE = "CLINICIAN";
    public static final String MANAGER_ROLE = "MANAGER";

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
