package care.rounds.security;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates logins. Managers do it from the screen; the demo clinic and the initial manager account
 * do it at start-up, before anyone is signed in.
 */
@Service
@Transactional
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @RolesAllowed(Role.MANAGER_ROLE)
    public AppUser create(String username, String password, Role role, Long clinicianId) {
        return createAtStartUp(username, password, role, clinicianId);
    }

    /** Only for start-up code (demo clinic, initial manager): no signed-in user to check. */
    public AppUser createAtStartUp(String username, String password, Role role, Long clinicianId) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("Enter a username.");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (users.findByUsernameIgnoreCase(username.strip()).isPresent()) {
            throw new IllegalArgumentException("The username " + username.strip() + " is taken; choose another.");
        }
        return users.save(new AppUser(username.strip(), passwordEncoder.encode(password), role, clinicianId));
    }

    @Transactional(readOnly = true)
    public boolean anyManager() {
        return users.existsByRole(Role.MANAGER);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }
}
