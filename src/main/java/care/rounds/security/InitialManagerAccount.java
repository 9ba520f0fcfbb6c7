package care.rounds.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, the first manager comes from settings (ROUNDS_INITIAL_MANAGER_USERNAME and
 * ROUNDS_INITIAL_MANAGER_PASSWORD), once, while no manager exists. There is no default password.
 */
@Component
@Order(100)
class InitialManagerAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialManagerAccount.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;

    InitialManagerAccount(UserAccounts accounts,
                          @Value("${rounds.initial-manager.username:}") String username,
                          @Value("${rounds.initial-manager.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyManager()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No manager account exists yet. Set ROUNDS_INITIAL_MANAGER_USERNAME and "
                    + "ROUNDS_INITIAL_MANAGER_PASSWORD (at least {} characters) and restart to create one.",
                    UserAccounts.MIN_PASSWORD_LENGTH);
            return;
        }
        try {
            accounts.createAtStartUp(username, password, Role.MANAGER, null);
            log.info("Created the initial manager account '{}' from settings.", username);
        } catch (WeakPasswordException weak) {
            log.error("ROUNDS_INITIAL_MANAGER_PASSWORD was refused: {} Set a stronger one and restart; no manager "
                    + "account exists until then.", weak.getMessage());
        }
    }
}
