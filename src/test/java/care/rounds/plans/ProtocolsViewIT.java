package care.rounds.plans;

import care.rounds.KaribuTest;
import care.rounds.clinicians.Credential;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.ui.ProtocolsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static org.assertj.core.api.Assertions.assertThat;

class ProtocolsViewIT extends KaribuTest {

    @Autowired
    TreatmentProtocolRepository protocols;
    @Autowired
    TreatmentPlanRepository plans;
    @Autowired
    PatientService patients;

    @BeforeEach
    void openAsManager() {
        signInAs("manager");
        UI.getCurrent().navigate(ProtocolsView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<TreatmentProtocol> grid() {
        return _get(Grid.class, spec -> spec.withId("protocols-grid"));
    }

    private IntegerField field(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }

    private TreatmentProtocol row(String name) {
        for (int i = 0; i < GridKt._size(grid()); i++) {
            if (GridKt._get(grid(), i).getName().equals(name)) {
                return GridKt._get(grid(), i);
            }
        }
        throw new AssertionError("No row " + name);
    }

    @Test
    void listsTheDemoProtocolsAndSaysChangesApplyToLaterBookings() {
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(4);
        row("PTSD initial series");
        grid().select(row("Booster"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("protocol-scope")).getText())
                .contains("series booked after you save");
    }

    @Test
    void leastHoursAboveMostHoursIsExplainedInPlaceAndNotSaved() {
        grid().select(row("PTSD initial series"));
        _setValue(field("At least hours between infusions"), 120);
        _setValue(field("At most hours between infusions"), 96);
        _click(_get(Button.class, spec -> spec.withId("protocol-save")));

        IntegerField most = field("At most hours between infusions");
        assertThat(most.isInvalid()).isTrue();
        assertThat(most.getErrorMessage()).isEqualTo("Must be at least the least hours between infusions.");
        assertThat(protocols.findByName("PTSD initial series").orElseThrow().getMinHoursBetween()).isEqualTo(44);
    }

    @Test
    void visitShorterThanThirtyMinutesIsExplainedInPlace() {
        grid().select(row("Booster"));
        _setValue(field("Later visits (minutes)"), 20);
        _click(_get(Button.class, spec -> spec.withId("protocol-save")));
        assertThat(field("Later visits (minutes)").getErrorMessage()).isEqualTo("Between 30 and 300 minutes.");
        assertThat(protocols.findByName("Booster").orElseThrow().getLaterVisitMinutes()).isEqualTo(100);
    }

    @Test
    void newProtocolIsSavedAndAnUnusedOneCanBeDeletedAfterConfirming() {
        String name = "Iron infusion " + UUID.randomUUID();
        _click(_get(Button.class, spec -> spec.withId("new-protocol")));
        _setValue(_get(TextField.class, spec -> spec.withId("protocol-name")), name);
        _setValue(field("Number of infusions"), 3);
        _click(_get(Button.class, spec -> spec.withId("protocol-save")));
        TreatmentProtocol saved = protocols.findByName(name).orElseThrow();
        assertThat(saved.getInfusionCount()).isEqualTo(3);
        assertThat(saved.getCredentialsAllowed()).contains(Credential.CRNA);

        _click(_get(Button.class, spec -> spec.withId("protocol-remove")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm)).startsWith("Delete");
        _fireConfirm(confirm);
        assertThat(protocols.findByName(name)).isEmpty();
    }

    @Test
    void aProtocolAPlanFollowsIsDeactivatedInsteadOfDeleted() {
        TreatmentProtocol used = protocols.findByName("Single infusion").orElseThrow();
        assertThat(plans.countByProtocolId(used.getId())).isPositive();
        try {
            grid().select(row("Single infusion"));
            _click(_get(Button.class, spec -> spec.withId("protocol-remove")));
            ConfirmDialog confirm = _get(ConfirmDialog.class);
            assertThat(getHeader(confirm)).startsWith("Deactivate");
            _fireConfirm(confirm);
            assertThat(protocols.findById(used.getId()).orElseThrow().isActive()).isFalse();
            assertThat(protocols.findByActiveTrueOrderByName()).extracting(TreatmentProtocol::getName)
                    .doesNotContain("Single infusion");
        } finally {
            TreatmentProtocol restore = protocols.findById(used.getId()).orElseThrow();
            restore.setActive(true);
            protocols.save(restore);
        }
    }

    @Test
    void aVisitThatCannotHoldSetupInfusionAndMonitoringIsExplainedInPlace() {
        grid().select(row("Booster"));
        _setValue(field("Least monitoring after (minutes)"), 60);

        assertThat(field("Later visits (minutes)").isInvalid()).isTrue();
        assertThat(field("Later visits (minutes)").getErrorMessage())
                .isEqualTo("Must cover setup, infusion and the least monitoring.");
        assertThat(field("Later visits (minutes)").getHelperText())
                .isEqualTo("At least 120 min: setup + infusion + least monitoring");
        _click(_get(Button.class, spec -> spec.withId("protocol-save")));
        assertThat(protocols.findByName("Booster").orElseThrow().getMinMonitoringMinutes()).isEqualTo(30);
    }

    /** An IV hydration or antibiotics visit: a short setup, infusion and watch, unlike ketamine's. */
    private static TreatmentProtocol shortChair(TreatmentProtocol protocol) {
        protocol.setSetupMinutes(10);
        protocol.setInfusionMinutes(30);
        protocol.setMinMonitoringMinutes(15);
        return protocol;
    }

    @Test
    void changedRulesApplyOnlyToSeriesBookedAfterwards() {
        String name = "Antibiotics " + UUID.randomUUID();
        TreatmentProtocol rnOnly = shortChair(new TreatmentProtocol(name, 3, 90, 60, 20, 30, EnumSet.of(Credential.RN)));
        rnOnly.setRnStates(java.util.Set.of("GA"));
        TreatmentProtocol old = protocols.save(rnOnly);
        Patient patient = patients.search("", 0, 1).findFirst().orElseThrow();
        TreatmentPlan booked = new TreatmentPlan(patient, old, LocalDate.now(), EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), Instant.now());
        booked.setStatus(PlanStatus.CANCELLED);
        booked = plans.save(booked);
        UI.getCurrent().navigate(ProtocolsView.class);
        grid().select(row(name));
        _setValue(field("Later visits (minutes)"), 75);
        _click(_get(Button.class, spec -> spec.withId("protocol-save")));

        TreatmentProtocol bookedWith = plans.findById(booked.getId()).orElseThrow().getProtocol();
        assertThat(bookedWith.getId()).isEqualTo(old.getId());
        assertThat(bookedWith.getLaterVisitMinutes()).isEqualTo(60);
        assertThat(bookedWith.isActive()).isFalse();
        assertThat(bookedWith.getName()).startsWith(name + " (booked until ");
        TreatmentProtocol current = protocols.findByName(name).orElseThrow();
        assertThat(current.getId()).isNotEqualTo(old.getId());
        assertThat(current.getLaterVisitMinutes()).isEqualTo(75);
        assertThat(current.isActive()).isTrue();
    }

    @Test
    void theInHomeAssessmentIsShownButNotEditable() {
        grid().select(row("In-home assessment"));
        assertThat(_get(TextField.class, spec -> spec.withId("protocol-name")).isReadOnly()).isTrue();
        LocatorJ._assertNone(Button.class, spec -> spec.withId("protocol-save"));
        LocatorJ._assertNone(Button.class, spec -> spec.withId("protocol-remove"));
    }

    @Test
    void someoneElsesChangeIsNotOverwrittenAndWhatWasTypedStays() {
        TreatmentProtocol hydration = shortChair(new TreatmentProtocol("Hydration " + UUID.randomUUID(), 1, 60, 60, 0, 0,
                EnumSet.of(Credential.RN)));
        hydration.setRnStates(java.util.Set.of("GA", "AL"));
        TreatmentProtocol mine = protocols.save(hydration);
        UI.getCurrent().navigate(ProtocolsView.class);
        grid().select(row(mine.getName()));
        _setValue(field("First visit (minutes)"), 90);

        TreatmentProtocol theirs = protocols.findById(mine.getId()).orElseThrow();
        theirs.setFirstVisitMinutes(75);
        protocols.save(theirs);

        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("protocol-save")));
        NotificationsKt.expectNotifications("Someone else changed this protocol; reload to see their change. What you "
                + "typed is still in the form.");
        assertThat(protocols.findById(mine.getId()).orElseThrow().getFirstVisitMinutes()).isEqualTo(75);
        assertThat(field("First visit (minutes)").getValue()).isEqualTo(90);
    }

    @Test
    @SuppressWarnings("unchecked")
    void registeredNursesNeedTheStatesWhereTheyMayGiveIt() {
        TreatmentProtocol iron = protocols.save(shortChair(new TreatmentProtocol("Iron " + UUID.randomUUID(), 1, 60, 60,
                0, 0, EnumSet.of(Credential.NP))));
        UI.getCurrent().navigate(ProtocolsView.class);
        grid().select(row(iron.getName()));
        CheckboxGroup<Credential> who = _get(CheckboxGroup.class, spec -> spec.withLabel("Who may give it"));
        _setValue(who, EnumSet.of(Credential.NP, Credential.RN));
        _click(_get(Button.class, spec -> spec.withId("protocol-save")));

        MultiSelectComboBox<String> states = _get(MultiSelectComboBox.class, spec -> spec.withId("protocol-rn-states"));
        assertThat(states.getErrorMessage()).isEqualTo("List the states where RNs may give it, or untick RN.");
        assertThat(protocols.findById(iron.getId()).orElseThrow().getCredentialsAllowed()).doesNotContain(Credential.RN);

        _setValue(states, java.util.Set.of("GA"));
        _click(_get(Button.class, spec -> spec.withId("protocol-save")));
        TreatmentProtocol saved = protocols.findById(iron.getId()).orElseThrow();
        assertThat(saved.credentialsIn("GA")).contains(Credential.RN, Credential.NP);
        assertThat(saved.credentialsIn("AL")).containsExactly(Credential.NP);
    }
}
