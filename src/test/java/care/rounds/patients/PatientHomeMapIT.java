package care.rounds.patients;

import care.rounds.KaribuTest;
import care.rounds.base.GeoPoint;
import care.rounds.base.ui.map.LocationMarkerMovedEvent;
import care.rounds.base.ui.map.RoundsMap;
import care.rounds.patients.ui.PatientsView;
import care.rounds.routing.Routing;
import care.rounds.routing.SnappedLocation;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The patient's home on a map: confirm the pin or drag it to the right door, kept on a drivable road. */
class PatientHomeMapIT extends KaribuTest {

    @Autowired
    PatientRepository patients;
    @Autowired
    Routing routing;

    private Patient patient;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openAPlacedPatient() {
        signInAs("coordinator");
        UI.getCurrent().navigate(PatientsView.class);
        patient = patients.findAll().stream().filter(p -> p.getHomeLocation() != null && p.getFullName().contains(" "))
                .reduce((a, b) -> b).orElseThrow();
        _get(Grid.class, spec -> spec.withId("patients-grid")).select(patient);
    }

    private RoundsMap map() {
        return _get(RoundsMap.class, spec -> spec.withId("patient-home-map"));
    }

    private String message() {
        return _get(Span.class, spec -> spec.withId("patient-home-map-message")).getText();
    }

    @Test
    void thePlacedHomeIsShownAsADraggablePin() {
        assertThat(map().getLocationMarker()).contains(patient.getHomeLocation());
        assertThat(message()).contains("Drag the pin");
    }

    @Test
    void aDroppedPinIsMovedOntoTheNearestDrivableRoadAndSaved() {
        GeoPoint home = patient.getHomeLocation();
        GeoPoint door = new GeoPoint(home.latitude() + 0.0004, home.longitude() + 0.0004);
        SnappedLocation expected = routing.snap(door);

        ComponentUtil.fireEvent(map(), new LocationMarkerMovedEvent(map(), true, door.latitude(), door.longitude()));

        assertThat(map().getLocationMarker()).contains(expected.onRoad());
        assertThat(message()).startsWith("Home placed on").contains("m from where you dropped the pin");
        if (!expected.streetName().isBlank()) {
            assertThat(message()).contains(expected.streetName());
        }
        _click(_get(Button.class, spec -> spec.withId("patient-save")));
        Patient saved = patients.findById(patient.getId()).orElseThrow();
        assertThat(saved.getHomeLocation()).isEqualTo(expected.onRoad());
        assertThat(saved.getHomeAddress()).isEqualTo(patient.getHomeAddress());
    }

    @Test
    void aPinDroppedOffTheMapGoesBackWithTheReason() {
        GeoPoint before = patient.getHomeLocation();
        ComponentUtil.fireEvent(map(), new LocationMarkerMovedEvent(map(), true, 31.5, -75.0));

        assertThat(map().getLocationMarker()).contains(before);
        assertThat(message()).contains("outside the area the loaded map covers").contains("Place the home on a street");
        _click(_get(Button.class, spec -> spec.withId("patient-save")));
        assertThat(patients.findById(patient.getId()).orElseThrow().getHomeLocation()).isEqualTo(before);
    }

    @Test
    void aNewPatientHasNoMapUntilTheAddressIsPlaced() {
        _click(_get(Button.class, spec -> spec.withId("new-patient")));
        _assertNone(RoundsMap.class, spec -> spec.withId("patient-home-map"));
    }
}
