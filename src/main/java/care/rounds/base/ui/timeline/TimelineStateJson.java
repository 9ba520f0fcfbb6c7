package care.rounds.base.ui.timeline;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The board in the shape frontend/components/rounds-timeline.ts reads (interface TimelineState there). */
final class TimelineStateJson {

    /** The visible period; {@code seq} counts requests so the same window can be shown again. */
    record Window(Instant start, Instant end, int seq) {
    }

    private TimelineStateJson() {
    }

    static JsonObject of(ZoneId zone, List<TimelineGroup> groups, List<TimelineItem> items, Window window,
                         String selected, Instant now) {
        JsonObject state = Json.createObject();
        state.put("zone", zone.getId());
        JsonArray groupArray = Json.createArray();
        for (TimelineGroup g : groups) {
            JsonObject o = Json.createObject();
            o.put("id", g.id());
            o.put("label", string(g.label()));
            groupArray.set(groupArray.length(), o);
        }
        state.put("groups", groupArray);
        JsonArray itemArray = Json.createArray();
        items.forEach(i -> itemArray.set(itemArray.length(), item(i)));
        state.put("items", itemArray);
        state.put("window", window == null ? Json.createNull() : window(window));
        state.put("selected", string(selected));
        state.put("now", now == null ? Json.createNull() : Json.create(now.toEpochMilli()));
        return state;
    }

    private static JsonObject item(TimelineItem item) {
        JsonObject o = Json.createObject();
        o.put("id", item.id());
        o.put("group", item.groupId());
        // Epoch milliseconds: unambiguous instants; the browser shows them in `zone`.
        o.put("start", item.start().toEpochMilli());
        o.put("end", item.end().toEpochMilli());
        o.put("label", string(item.label()));
        o.put("tooltip", string(item.tooltip()));
        o.put("kind", item.kind().name());
        o.put("className", item.cssClass());
        return o;
    }

    private static JsonObject window(Window w) {
        JsonObject o = Json.createObject();
        o.put("start", w.start().toEpochMilli());
        o.put("end", w.end().toEpochMilli());
        o.put("seq", w.seq());
        return o;
    }

    private static JsonValue string(String s) {
        return s == null ? Json.createNull() : Json.create(s);
    }
}
