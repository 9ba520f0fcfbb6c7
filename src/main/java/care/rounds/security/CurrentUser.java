package care.rounds.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who is signed in, for services that must decide what this user may see.
 */
@Component
public class CurrentUser {

    public Optional<RoundsUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RoundsUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public RoundsUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    public boolean isOffice() {
        return get().map(u -> u.role() != Role.CLINICIAN).orElse(false);
    }

    /**
     * The clinician whose data a clinician's login may see; empty for office users, who see everyone.
     */
    public Optional<Long> restrictedToClinician() {
        RoundsUser user = require();
        return user.role() == Role.CLINICIAN ? Optional.of(user.clinicianId()) : Optional.empty();
    }
}
