package care.rounds.patients.ui;

import care.rounds.base.GeoPoint;
import care.rounds.base.Place;
import care.rounds.base.ui.AddressField;
import care.rounds.base.ui.map.RoundsMap;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.Routing;
import care.rounds.routing.SnappedLocation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Locale;

/**
 * The patient's home on a map under the address field: once the address search has placed it, the
 * coordinator confirms the pin or drags it to the right door. A dropped pin is moved onto the nearest
 * drivable road (where the car stops) and the address field keeps the new point; a point too far from
 * any road is refused with the distance and the nearest street, and the pin goes back.
 */
class HomeOnMap extends VerticalLayout {

    /** About 300 m around the home: close enough to see the street and the neighbours' doors. */
    private static final double VIEW_LAT = 0.003;
    private static final double VIEW_LON = 0.004;

    final RoundsMap map = new RoundsMap();
    final Span message = new Span();
    private final AddressField home;
    private final Routing routing;
    private boolean moving;

    HomeOnMap(AddressField home, Routing routing, String tileUrl) {
        this.home = home;
        this.routing = routing;
        setPadding(false);
        setSpacing(false);
        map.setId("patient-home-map");
        map.setTileUrl(tileUrl);
        map.setWidthFull();
        map.setHeight("260px");
        message.setId("patient-home-map-message");
        message.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(map, message);
        home.addValueChangeListener(e -> {
            if (!moving) {
                show(e.getValue());
            }
        });
        map.addLocationMarkerMovedListener(e -> dropped(e.getPoint()));
        show(null);
    }

    /** Shows the address field's place, or hides the map while the home is not placed. */
    void show(Place place) {
        boolean placed = place != null && place.isOnMap();
        map.setVisible(placed);
        if (!placed) {
            map.setLocationMarker(null);
            // the address field says why, under the search box where the coordinator typed it
            say("", false);
            return;
        }
        GeoPoint at = place.location();
        map.setLocationMarker(at);
        map.fitBounds(at.latitude() - VIEW_LAT, at.longitude() - VIEW_LON, at.latitude() + VIEW_LAT,
                at.longitude() + VIEW_LON);
        say("The car stops here. Drag the pin to the right door if it is not.", false);
    }

    /** Snaps where the pin was dropped onto a drivable road, or puts it back and says why not. */
    void dropped(GeoPoint point) {
        Place current = home.getValue();
        if (current == null) {
            return;
        }
        try {
            SnappedLocation snapped = routing.snap(point);
            moving = true;
            try {
                home.setValue(new Place(current.address(), snapped.onRoad()));
            } finally {
                moving = false;
            }
            map.setLocationMarker(snapped.onRoad());
            say("Home placed on " + (snapped.streetName().isBlank() ? "an unnamed road" : snapped.streetName())
                    + String.format(Locale.US, " (%.0f m from where you dropped the pin). Save to keep it.",
                    snapped.snapDistanceMeters()), false);
        } catch (LocationNotReachableException refused) {
            map.setLocationMarker(current.location());
            say(refusal(point, refused), true);
        }
    }

    private String refusal(GeoPoint point, LocationNotReachableException refused) {
        String why = refused.problem() == LocationNotReachableException.Problem.TOO_FAR_FROM_ROAD
                ? refused.reason().replaceFirst("^this address is", "This point is") + "; place the home on a street."
                : refused.getMessage() + " Place the home on a street inside the map.";
        String street = nearestStreet(point);
        return street.isEmpty() ? why : why + " The nearest street is " + street + ".";
    }

    private String nearestStreet(GeoPoint point) {
        try {
            return routing.streetNameNear(point).orElse("");
        } catch (RuntimeException outsideTheMap) {
            return "";
        }
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.getStyle().set("color", problem ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
    }
}
