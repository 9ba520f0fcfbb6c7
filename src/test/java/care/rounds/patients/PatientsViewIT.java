package care.rounds.patients;

import care.rounds.KaribuTest;
import care.rounds.base.ui.AddressField;
import care.rounds.base.ui.PostalAddressField;
import com.vaadin.flow.component.html.Span;
import care.rounds.patients.ui.PatientsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class PatientsViewIT extends KaribuTest {

    @Autowired
    PatientRepository patients;

    @BeforeEach
    void openAsCoordinator() {
        signInAs("coordinator");
        UI.getCurrent().navigate(PatientsView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<Patient> grid() {
        return _get(Grid.class, spec -> spec.withId("patients-grid"));
    }

    @Test
    void listsEveryPatientOfTheDemoClinicLazily() {
        assertThat(GridKt._size(grid())).isEqualTo((int) patients.count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void searchNarrowsTheList() {
        Patient someone = patients.findAll().get(3);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search name, phone or address")),
                someone.getFullName());
        assertThat(GridKt._size(grid())).isBetween(1, 3);
        assertThat(GridKt._get(grid(), 0).getFullName()).isEqualTo(someone.getFullName());
    }

    @Test
    void anEditedPatientIsSaved() {
        Patient first = GridKt._get(grid(), 0);
        grid().select(first);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Access notes (gate code, parking)")),
                "Code 9911 at the side gate");
        _click(_get(Button.class, spec -> spec.withId("patient-save")));
        assertThat(patients.findById(first.getId()).orElseThrow().getAccessNotes()).isEqualTo("Code 9911 at the side gate");
    }

    @Test
    void theFullAddressIsInTheListAndItsPartsInTheForm() {
        Patient withUnit = patients.findAll().stream().filter(p -> !p.getPostalAddress().unit().isEmpty())
                .findFirst().orElseThrow();
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search name, phone or address")),
                withUnit.getFullName());
        Patient listed = GridKt._get(grid(), 0);
        assertThat(listed.getHomeAddress()).matches("\\d+ .+, Apt \\w+, Atlanta, GA \\d{5}");

        grid().select(listed);

        assertThat(part("patient-home-number").getValue()).isEqualTo(listed.getPostalAddress().houseNumber());
        assertThat(part("patient-home-street").getValue()).isEqualTo(listed.getPostalAddress().street());
        assertThat(part("patient-home-unit").getValue()).startsWith("Apt ");
        assertThat(part("patient-home-city").getValue()).isEqualTo("Atlanta");
        assertThat(part("patient-home-zip").getValue()).matches("\\d{5}");
        assertThat(_get(AddressField.class, spec -> spec.withId("patient-home")).getValue().address())
                .isEqualTo(listed.getHomeAddress());
    }

    @Test
    void aTypedNumberTheMapDoesNotKnowIsKeptAndThePinGoesOnTheStreet() {
        grid().select(GridKt._get(grid(), 0));
        AddressField find = _get(AddressField.class, spec -> spec.withId("patient-home"));

        _fireCustomValue(find, "9999 Edgewood Ave NE");

        assertThat(find.getValue().address()).isEqualTo("9999 Edgewood Ave NE");
        assertThat(find.getValue().isOnMap()).isTrue();
        assertThat(part("patient-home-number").getValue()).isEqualTo("9999");
        assertThat(part("patient-home-street").getValue()).isEqualTo("Edgewood Avenue Northeast");
        assertThat(_get(Span.class, spec -> spec.withId("patient-home-message")).getText())
                .contains("no house 9999 on Edgewood Avenue Northeast").contains("Drag the pin to the door");
    }

    @Test
    void anAddressNotFoundSaysSoKeepsWhatWasTypedAndIsNotSaved() {
        Patient first = GridKt._get(grid(), 0);
        String before = first.getHomeAddress();
        grid().select(first);
        AddressField find = _get(AddressField.class, spec -> spec.withId("patient-home"));

        _fireCustomValue(find, "12 Zzyzx Road");

        assertThat(find.getValue().address()).isEqualTo("12 Zzyzx Road");
        assertThat(find.getValue().isOnMap()).isFalse();
        assertThat(part("patient-home-number").getValue()).isEqualTo("12");
        assertThat(part("patient-home-street").getValue()).isEqualTo("Zzyzx Road");
        assertThat(_get(Span.class, spec -> spec.withId("patient-home-message")).getText())
                .contains("No address on the map matches \"12 Zzyzx Road\"").contains("What you typed is kept");
        assertThat(_get(Span.class, spec -> spec.withId("patient-home-map-message")).getText())
                .as("said once, under the search box, not again under the map").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("patient-save")));
        PostalAddressField home = _get(PostalAddressField.class, spec -> spec.withId("patient-home-address"));
        assertThat(home.isInvalid()).isTrue();
        assertThat(home.getErrorMessage()).as("not a second message for the same thing").isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("patient-home-message")).getText())
                .contains("No address on the map matches \"12 Zzyzx Road\"");
        assertThat(patients.findById(first.getId()).orElseThrow().getHomeAddress()).isEqualTo(before);
    }

    private static TextField part(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void _fireCustomValue(AddressField field, String typed) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(field,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(field, true, typed));
    }

    @Test
    void anInvalidPhoneIsExplainedAndNothingIsSaved() {
        Patient first = GridKt._get(grid(), 0);
        String phoneBefore = first.getPhone();
        grid().select(first);
        TextField phone = _get(TextField.class, spec -> spec.withLabel("Phone"));
        _setValue(phone, "call me");
        _click(_get(Button.class, spec -> spec.withId("patient-save")));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("(404) 555-0123");
        assertThat(phone.getValue()).isEqualTo("call me");
        assertThat(patients.findById(first.getId()).orElseThrow().getPhone()).isEqualTo(phoneBefore);
    }
}
