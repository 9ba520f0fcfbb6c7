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

    /**
     * Who is acting, as history records them: the signed-in user's login name, or the name of a
     * {@link SystemActor} (the planner's run, the demo set-up).
     */
    public String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof SystemActor actor) {
            return actor.getName();
        }
        if (authentication != null && authentication.isAuthenticated() && !(authentication.getPrincipal() instanceof RoundsUser)
                && !"anonymousUser".equals(authentication.getName())) {
            return authentication.getName();
        }
        return require().getUsername();
    }

    /** True when a {@link SystemActor} rather than a person is acting. */
    public boolean isSystemActor() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SystemActor;
    }

    public boolean isOffice() {
        return get().map(u -> u.role() != Role.CLINICIAN).orElse(false);
    }

    /**
     * The clinician whose data a clinician's login may see; empty for office users, who see everyone.
     */
    public Optional<Long> restrictedToClinician() {
        if (isSystemActor()) {
            return Optional.empty();
        }
        RoundsUser user = require();
        return user.role() == Role.CLINICIAN ? Optional.of(user.clinicianId()) : Optional.empty();
    }
}
