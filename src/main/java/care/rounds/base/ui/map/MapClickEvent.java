package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user clicked the map itself (not a stop), for example to place a patient's home. */
@DomEvent("rounds-map-click")
public class MapClickEvent extends ComponentEvent<RoundsMap> {

    private final GeoPoint point;

    public MapClickEvent(RoundsMap source, boolean fromClient,
                         @EventData("event.detail.lat") double latitude,
                         @EventData("event.detail.lon") double longitude) {
        super(source, fromClient);
        this.point = new GeoPoint(latitude, longitude);
    }

    public GeoPoint getPoint() {
        return point;
    }
}
