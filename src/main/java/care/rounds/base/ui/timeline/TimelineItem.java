package care.rounds.base.ui.timeline;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One bar on a {@link RoundsTimeline}. Build it with {@link #visit}, {@link #travel}, {@link #idle}
 * or {@link #shift}. Labels and tooltips are plain text, never HTML.
 *
 * @param status for visits, a status token such as {@code en-route}; the component colours
 *               unscheduled, scheduled, en-route, arrived, infusing, done, cancelled and not-home;
 *               null for other kinds
 * @param pinned for visits, kept where they are by the planner: drawn with a pin before the label
 */
public record TimelineItem(String id, String groupId, Instant start, Instant end, String label,
                           String tooltip, TimelineItemKind kind, String status, boolean pinned) {

    public TimelineItem(String id, String groupId, Instant start, Instant end, String label, String tooltip,
                        TimelineItemKind kind, String status) {
        this(id, groupId, start, end, label, tooltip, kind, status, false);
    }

    public TimelineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A timeline item cannot end before it starts: " + id);
        }
    }

    /**
     * A visit coloured by its status; takes the status enum itself (for example the visits module's
     * {@code VisitStatus.EN_ROUTE} becomes {@code en-route}) so this shared module needs no import of it.
     */
    public static TimelineItem visit(String id, String groupId, Instant start, Instant end, String label,
                                     String tooltip, Enum<?> status) {
        return new TimelineItem(id, groupId, start, end, label, tooltip, TimelineItemKind.VISIT,
                status == null ? null : statusToken(status));
    }

    public static TimelineItem travel(String id, String groupId, Instant start, Instant end, String label,
                                      String tooltip) {
        return new TimelineItem(id, groupId, start, end, label, tooltip, TimelineItemKind.TRAVEL, null);
    }

    public static TimelineItem idle(String id, String groupId, Instant start, Instant end, String label) {
        return new TimelineItem(id, groupId, start, end, label, null, TimelineItemKind.IDLE, null);
    }

    /** The working hours of a row, drawn behind its other items. */
    public static TimelineItem shift(String id, String groupId, Instant start, Instant end) {
        return new TimelineItem(id, groupId, start, end, null, null, TimelineItemKind.SHIFT, null);
    }

    /** The same bar, marked as pinned or not. */
    public TimelineItem withPinned(boolean isPinned) {
        return new TimelineItem(id, groupId, start, end, label, tooltip, kind, status, isPinned);
    }

    /** {@code EN_ROUTE} to {@code en-route}. */
    static String statusToken(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The CSS classes the component styles: the kind, the status, pinned ("visit status-done pinned"). */
    public String cssClass() {
        String classes = kind.name().toLowerCase(Locale.ROOT);
        if (status != null && !status.isBlank()) {
            // Only letters, digits and dashes: the value ends up in a class attribute.
            classes += " status-" + status.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        }
        return pinned ? classes + " pinned" : classes;
    }
}
