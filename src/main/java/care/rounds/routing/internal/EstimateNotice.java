package care.rounds.routing.internal;

import care.rounds.base.LayoutNotice;
import care.rounds.routing.Routing;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Tells every signed-in user, on every screen, when travel times are straight-line estimates
 * because no road map is loaded.
 */
@Component
class EstimateNotice implements LayoutNotice {

    private final Routing routing;

    EstimateNotice(Routing routing) {
        this.routing = routing;
    }

    @Override
    public Optional<String> notice() {
        return routing.map().hasWarning() ? Optional.of(routing.map().warning()) : Optional.empty();
    }
}
