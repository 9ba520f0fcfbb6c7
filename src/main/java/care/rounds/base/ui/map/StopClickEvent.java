package care.rounds.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user clicked a stop; carries the id given to {@link RoundsMap#addStop}. */
@DomEvent("rounds-stop-click")
public class StopClickEvent extends ComponentEvent<RoundsMap> {

    private final String stopId;

    public StopClickEvent(RoundsMap source, boolean fromClient, @EventData("event.detail.id") String stopId) {
        super(source, fromClient);
        this.stopId = stopId;
    }

    public String getStopId() {
        return stopId;
    }
}
