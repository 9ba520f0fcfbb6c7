package care.rounds.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

/**
 * A named actor that is not a person: the planner writing a run's result, the demo clinic's set-up.
 * It signs in for the length of one call with one role, so the same role checks hold for it as for
 * users, and every change it makes is recorded under its name.
 */
public final class SystemActor extends AbstractAuthenticationToken {

    /** Role of the planner's own writes: applying a run's result. */
    public static final String PLANNER_ROLE = "PLANNER";

    private final String name;
    private final Long plannerRunId;

    private SystemActor(String name, String role, Long plannerRunId) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.name = name;
        this.plannerRunId = plannerRunId;
        setAuthenticated(true);
    }

    /** The planner, named after the run that decided, e.g. "Planner, run 12". */
    public static SystemActor planner(long runId) {
        return new SystemActor("Planner, run " + runId, PLANNER_ROLE, runId);
    }

    /** Set-up work that acts for the office, such as seeding the demo clinic. */
    public static SystemActor office(String name) {
        return new SystemActor(name, Role.COORDINATOR_ROLE, null);
    }

    /** The planning run this actor writes for; null for other actors. */
    public Long plannerRunId() {
        return plannerRunId;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    /** Runs {@code work} as this actor on the current thread, then restores whoever was there. */
    public <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext mine = SecurityContextHolder.createEmptyContext();
        mine.setAuthentication(this);
        SecurityContextHolder.setContext(mine);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
