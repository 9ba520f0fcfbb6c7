package care.rounds.base.ui.timeline;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.JsonObject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only Gantt-style board (vis-timeline): one row per clinician with visits, travel, idle
 * time and the shift behind them. Times are instants, shown in the zone given here (the clinic's,
 * from {@code ClinicTime.zone()}), whatever the browser's own zone is, as "9:00 AM".
 *
 * <p>Travel and idle items that end by the start of a visit in the same row are drawn inside that
 * visit's bar, as its lead-in (their text goes into the bar's tooltip); clicking any part of the bar
 * selects the visit. Other travel and idle items (a drive home) keep a bar of their own.
 *
 * <p>Like {@code RoundsMap}, the whole board is one JSON property sent once per server response.
 * The visible window only moves when {@link #setWindow} is called, so refreshing items keeps the
 * user's zoom.
 */
@Tag("rounds-timeline")
@JsModule("./components/rounds-timeline.ts")
@NpmPackage(value = "vis-timeline", version = "8.5.4")
@NpmPackage(value = "vis-data", version = "8.0.3")
@NpmPackage(value = "vis-util", version = "6.0.3")
@NpmPackage(value = "moment", version = "2.30.1")
public class RoundsTimeline extends Component implements HasSize {

    private ZoneId zone;
    private List<TimelineGroup> groups = List.of();
    private List<TimelineItem> items = List.of();
    private Instant windowStart;
    private Instant windowEnd;
    private int windowRequests;
    private String selected;
    private Instant now;
    private boolean syncPending;

    public RoundsTimeline(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        stateChanged();
    }

    public void setZone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        stateChanged();
    }

    public ZoneId getZone() {
        return zone;
    }

    /** The rows, top to bottom in this order. */
    public void setGroups(List<TimelineGroup> groups) {
        this.groups = List.copyOf(groups);
        stateChanged();
    }

    /** All bars at once; an item whose id was shown before is updated in place. */
    public void setItems(List<TimelineItem> items) {
        this.items = List.copyOf(items);
        stateChanged();
    }

    public List<TimelineItem> getItems() {
        return items;
    }

    /** Shows this period now (for example the clinic's day, 7:00 AM to 7:00 PM). */
    public void setWindow(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The timeline window must end after it starts.");
        }
        windowStart = start;
        windowEnd = end;
        windowRequests++;
        stateChanged();
    }

    /** Marks this item as selected (null clears); does not fire an item-click event. */
    public void selectItem(String idOrNull) {
        selected = idOrNull;
        stateChanged();
    }

    public Optional<String> getSelectedItem() {
        return Optional.ofNullable(selected);
    }

    /**
     * Draws a "now" line at this instant (null hides it). The server passes its clock's time,
     * because the browser's clock may differ from the clinic's (demos and tests set the clock).
     */
    public void setCurrentTime(Instant nowOrNull) {
        now = nowOrNull;
        stateChanged();
    }

    public Registration addItemClickListener(ComponentEventListener<ItemClickEvent> listener) {
        return addListener(ItemClickEvent.class, listener);
    }

    /** What the browser element receives as its {@code state} property. */
    JsonObject stateJson() {
        TimelineStateJson.Window window = windowStart == null ? null
                : new TimelineStateJson.Window(windowStart, windowEnd, windowRequests);
        return TimelineStateJson.of(zone, groups, items, window, selected, now);
    }

    /** Coalesces all changes of one server round trip into one property update. */
    private void stateChanged() {
        if (syncPending) {
            return;
        }
        syncPending = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
            syncPending = false;
            getElement().setPropertyJson("state", stateJson());
        }));
    }
}
