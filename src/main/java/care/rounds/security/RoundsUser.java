package care.rounds.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in user as Spring Security holds it: the role's authorities plus the linked clinician.
 * A manager also carries the coordinator's authority, so every coordinator check lets managers in.
 */
public class RoundsUser extends User {

    private final Role role;
    private final Long clinicianId;

    RoundsUser(AppUser user) {
        super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true,
                authoritiesOf(user.getRole()));
        this.role = user.getRole();
        this.clinicianId = user.getClinicianId();
    }

    public Role role() {
        return role;
    }

    /** The roster entry of a clinician's login; null for office users. */
    public Long clinicianId() {
        return clinicianId;
    }

    static List<GrantedAuthority> authoritiesOf(Role role) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        if (role == Role.MANAGER) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.COORDINATOR.name()));
        }
        return authorities;
    }
}
