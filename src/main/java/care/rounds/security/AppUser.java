package care.rounds.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A login. The password is kept only as a BCrypt hash; a clinician's login is linked to their
 * roster entry so that they see their own visits.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "clinician_id")
    private Long clinicianId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, Role role, Long clinicianId) {
        if (role == Role.CLINICIAN && clinicianId == null) {
            throw new IllegalArgumentException("A clinician's login must be linked to a clinician on the roster.");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.clinicianId = clinicianId;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getClinicianId() {
        return clinicianId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Only through {@link UserAccounts#setEnabled}, which keeps at least one manager able to sign in. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }
}
