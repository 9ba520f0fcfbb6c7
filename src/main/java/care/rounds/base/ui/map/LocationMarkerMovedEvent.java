package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The user dropped the draggable location marker (see {@link RoundsMap#setLocationMarker}) at a new
 * place. The map already keeps the new position; listeners decide what it means.
 */
@DomEvent("rounds-location-moved")
public class LocationMarkerMovedEvent extends ComponentEvent<RoundsMap> {

    private final GeoPoint point;

    public LocationMarkerMovedEvent(RoundsMap source, boolean fromClient,
                                    @EventData("event.detail.lat") double latitude,
                                    @EventData("event.detail.lon") double longitude) {
        super(source, fromClient);
        this.point = new GeoPoint(latitude, longitude);
    }

    public GeoPoint getPoint() {
        return point;
    }
}
