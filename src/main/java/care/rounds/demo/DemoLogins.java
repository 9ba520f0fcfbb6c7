package care.rounds.demo;

/**
 * The demo clinic's logins, as the README documents them. Only ever created by the demo clinic.
 */
final class DemoLogins {

    static final String COORDINATOR = "coordinator";
    static final String CLINICIAN = "clinician";
    static final String MANAGER = "manager";
    static final String PASSWORD_SUFFIX = "-demo-2026";

    private DemoLogins() {
    }

    static String passwordOf(String username) {
        return username + PASSWORD_SUFFIX;
    }
}
