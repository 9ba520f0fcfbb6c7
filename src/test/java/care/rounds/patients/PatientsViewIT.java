package care.rounds.patients;

import care.rounds.KaribuTest;
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
