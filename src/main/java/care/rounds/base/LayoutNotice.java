package care.rounds.base;

import java.util.Optional;

/**
 * A warning every signed-in user should see at the top of each screen (for example: no road map is
 * loaded, travel times are straight-line estimates). Modules offer these as beans.
 */
public interface LayoutNotice {

    Optional<String> notice();
}
