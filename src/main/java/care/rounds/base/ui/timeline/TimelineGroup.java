package care.rounds.base.ui.timeline;

import java.util.Objects;

/** One row of a {@link RoundsTimeline}, usually a clinician; {@code label} is plain text. */
public record TimelineGroup(String id, String label) {

    public TimelineGroup {
        Objects.requireNonNull(id, "id");
    }
}
