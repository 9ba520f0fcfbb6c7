package care.rounds.clinicians;

import care.rounds.KaribuTest;
import care.rounds.clinicians.ui.CliniciansView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CliniciansViewIT extends KaribuTest {

    @Autowired
    ClinicianRepository clinicians;

    @BeforeEach
    void openAsManager() {
        signInAs("manager");
        UI.getCurrent().navigate(CliniciansView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<Clinician> grid() {
        return _get(Grid.class, spec -> spec.withId("clinicians-grid"));
    }

    @Test
    void listsTheDemoRosterWithMixedCredentials() {
        assertThat(GridKt._size(grid())).isEqualTo(8);
        assertThat(clinicians.findAll()).extracting(Clinician::getCredential).contains(Credential.RN,
                Credential.CRNA, Credential.NP, Credential.MD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void credentialFilterNarrowsTheList() {
        _setValue(_get(Select.class, spec -> spec.withValue(null)), Credential.CRNA);
        int crnas = (int) clinicians.findAll().stream().filter(c -> c.getCredential() == Credential.CRNA).count();
        assertThat(GridKt._size(grid())).isEqualTo(crnas);
    }

    @Test
    void changedKitsAreSaved() {
        Clinician first = GridKt._get(grid(), 0);
        grid().select(first);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Dose kits per day")), 7);
        _click(_get(Button.class, spec -> spec.withId("clinician-save")));
        assertThat(clinicians.findById(first.getId()).orElseThrow().getDoseKitsPerDay()).isEqualTo(7);
    }

    @Test
    void kitsOutOfRangeAreExplainedAndNotSaved() {
        Clinician first = GridKt._get(grid(), 0);
        int before = clinicians.findById(first.getId()).orElseThrow().getDoseKitsPerDay();
        grid().select(first);
        IntegerField kits = _get(IntegerField.class, spec -> spec.withLabel("Dose kits per day"));
        _setValue(kits, 99);
        _click(_get(Button.class, spec -> spec.withId("clinician-save")));
        assertThat(kits.isInvalid()).isTrue();
        assertThat(kits.getErrorMessage()).isEqualTo("Between 0 and 50.");
        assertThat(clinicians.findById(first.getId()).orElseThrow().getDoseKitsPerDay()).isEqualTo(before);
    }
}
