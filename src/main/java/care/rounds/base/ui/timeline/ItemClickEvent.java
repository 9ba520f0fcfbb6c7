package care.rounds.base.ui.timeline;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user clicked a bar (not a shift band); carries the {@link TimelineItem#id()}. */
@DomEvent("rounds-item-click")
public class ItemClickEvent extends ComponentEvent<RoundsTimeline> {

    private final String itemId;

    public ItemClickEvent(RoundsTimeline source, boolean fromClient, @EventData("event.detail.id") String itemId) {
        super(source, fromClient);
        this.itemId = itemId;
    }

    public String getItemId() {
        return itemId;
    }
}
