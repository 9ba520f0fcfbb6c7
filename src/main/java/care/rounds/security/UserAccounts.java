package care.rounds.security;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

/**
 * Creates and looks after logins. Managers do it from the screen; the demo clinic and the initial
 * manager account do it at start-up, before anyone is signed in. A manager can never lock the clinic
 * out: they cannot disable themselves or the last enabled manager.
 */
@Service
@Transactional
public class UserAccounts {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    static final int GENERATED_PASSWORD_LENGTH = 14;
    // no 0/O, 1/l/I: a generated password is read aloud or copied by hand
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();

    UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @RolesAllowed(Role.MANAGER_ROLE)
    public AppUser create(String username, String password, Role role, Long clinicianId) {
        if (role == Role.CLINICIAN && clinicianId != null && users.existsByClinicianId(clinicianId)) {
            throw new IllegalArgumentException("This clinician already has a login.");
        }
        AppUser created = createAtStartUp(username, password, role, clinicianId);
        log.info("{} created the {} login '{}'.", currentUser.require().getUsername(), role, created.getUsername());
        return created;
    }

    /** Only for start-up code (demo clinic, initial manager): no signed-in user to check. */
    public AppUser createAtStartUp(String username, String password, Role role, Long clinicianId) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("Enter a username.");
        }
        checkPassword(username, password);
        if (users.findByUsernameIgnoreCase(username.strip()).isPresent()) {
            throw new IllegalArgumentException("The username " + username.strip() + " is taken; choose another.");
        }
        return users.save(new AppUser(username.strip(), passwordEncoder.encode(password), role, clinicianId));
    }

    /** Every login, by username. */
    @RolesAllowed(Role.MANAGER_ROLE)
    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAllByOrderByUsernameAsc();
    }

    /** The roster entries that already have a login (one login per clinician). */
    @RolesAllowed(Role.MANAGER_ROLE)
    @Transactional(readOnly = true)
    public Set<Long> cliniciansWithLogin() {
        return users.clinicianIdsWithLogin();
    }

    /** Sets a new password and returns it, so the manager can pass it on once. */
    @RolesAllowed(Role.MANAGER_ROLE)
    public String resetPassword(long userId, String newPassword) {
        AppUser user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("No such login."));
        checkPassword(user.getUsername(), newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        users.saveAndFlush(user);
        log.info("{} reset the password of '{}'.", currentUser.require().getUsername(), user.getUsername());
        return newPassword;
    }

    /**
     * Enables or disables a login; a disabled login cannot sign in.
     *
     * @throws IllegalArgumentException when a manager would disable themselves or the last enabled manager
     */
    @RolesAllowed(Role.MANAGER_ROLE)
    public AppUser setEnabled(long userId, boolean enabled) {
        AppUser user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("No such login."));
        if (!enabled) {
            if (user.getUsername().equalsIgnoreCase(currentUser.require().getUsername())) {
                throw new IllegalArgumentException("You cannot disable your own login.");
            }
            if (user.getRole() == Role.MANAGER && user.isEnabled() && users.countByRoleAndEnabledTrue(Role.MANAGER) <= 1) {
                throw new IllegalArgumentException("This is the last manager login; enable or create another "
                        + "manager first.");
            }
        }
        user.setEnabled(enabled);
        AppUser saved = users.saveAndFlush(user);
        log.info("{} {} the login '{}'.", currentUser.require().getUsername(), enabled ? "enabled" : "disabled",
                saved.getUsername());
        return saved;
    }

    /** A random password of {@value #GENERATED_PASSWORD_LENGTH} letters and digits that the policy accepts. */
    public String generatePassword() {
        while (true) {
            StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
            for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
                password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
            }
            if (PasswordPolicy.problemWith("", password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }

    @Transactional(readOnly = true)
    public boolean anyManager() {
        return users.existsByRole(Role.MANAGER);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    public static int minPasswordLength() {
        return MIN_PASSWORD_LENGTH;
    }

    private static void checkPassword(String username, String password) {
        PasswordPolicy.problemWith(username, password).ifPresent(problem -> {
            throw new WeakPasswordException(problem);
        });
    }
}
