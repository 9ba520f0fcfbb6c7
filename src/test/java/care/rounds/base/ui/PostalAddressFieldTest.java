package care.rounds.base.ui;

import care.rounds.base.AddressSearchUnavailableException;
import care.rounds.base.Place;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the coordinator reads under the search box when a typed address is not found, and why. */
class PostalAddressFieldTest {

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void noVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void anAddressNothingMatchesSaysSoAndKeepsWhatWasTyped() {
        PostalAddressField field = new PostalAddressField("Home address", "home", (text, limit) -> List.of());

        typeAndPressEnter(field, "12 Zzyzx Road");

        assertThat(field.message()).isEqualTo("No address on the map matches \"12 Zzyzx Road\". What you typed is "
                + "kept: check the spelling, or type only the street and pick it from the suggestions.");
        assertTypedIsKept(field);
    }

    @Test
    void aGeocoderThatIsDownIsNamedInsteadOfClaimingTheAddressDoesNotExist() {
        PostalAddressField field = new PostalAddressField("Home address", "home", (text, limit) -> {
            throw new AddressSearchUnavailableException("The address search service (the geocoder at geocoder) "
                    + "could not be reached, so only the addresses of the loaded map were searched.");
        });

        typeAndPressEnter(field, "12 Zzyzx Road");

        assertThat(field.message()).isEqualTo("The address search service (the geocoder at geocoder) could not be "
                + "reached, so only the addresses of the loaded map were searched. None of them matches \"12 Zzyzx "
                + "Road\". What you typed is kept: try again in a minute, or type only the street and pick it from "
                + "the suggestions.");
        assertTypedIsKept(field);
    }

    @Test
    void theFormsNotOnTheMapErrorIsNotRepeatedUnderTheNotFoundMessage() {
        PostalAddressField field = new PostalAddressField("Home address", "home", (text, limit) -> List.of());
        typeAndPressEnter(field, "12 Zzyzx Road");

        field.setErrorMessage(PostalAddressField.NOT_ON_MAP);

        assertThat(field.getErrorMessage()).isEmpty();
        field.setErrorMessage(PostalAddressField.ZIP);
        assertThat(field.getErrorMessage()).as("other problems are still said").isEqualTo(PostalAddressField.ZIP);
    }

    private static void typeAndPressEnter(PostalAddressField field, String typed) {
        ComponentUtil.fireEvent(field.find(), new ComboBoxBase.CustomValueSetEvent<>(field.find(), true, typed));
    }

    private static void assertTypedIsKept(PostalAddressField field) {
        Place place = field.find().getValue();
        assertThat(place.address()).isEqualTo("12 Zzyzx Road");
        assertThat(place.isOnMap()).isFalse();
        assertThat(field.houseNumber.getValue()).isEqualTo("12");
        assertThat(field.street.getValue()).isEqualTo("Zzyzx Road");
    }
}
