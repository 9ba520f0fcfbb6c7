package care.rounds.plans.ui;

import care.rounds.clinicians.Credential;
import care.rounds.plans.TreatmentProtocol;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import care.rounds.base.UsState;
import java.util.List;
import java.util.Objects;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.util.function.Consumer;

/**
 * Edits one protocol. Every rule is checked in place, next to the field it is about.
 */
class ProtocolForm extends VerticalLayout {

    private static final String VISIT_LENGTH = "Between " + TreatmentProtocol.MIN_VISIT_MINUTES + " and "
            + TreatmentProtocol.MAX_VISIT_MINUTES + " minutes.";

    private static final String PART_LENGTH = "Between 0 and " + TreatmentProtocol.MAX_PART_MINUTES + " minutes.";

    private final TextField name = new TextField("Name");
    private final IntegerField infusionCount = new IntegerField("Number of infusions");
    private final IntegerField firstVisitMinutes = new IntegerField("First visit (minutes)");
    private final IntegerField laterVisitMinutes = new IntegerField("Later visits (minutes)");
    private final IntegerField setupMinutes = new IntegerField("Setup: vitals and IV (minutes)");
    private final IntegerField infusionMinutes = new IntegerField("Infusion (minutes)");
    private final IntegerField minMonitoringMinutes = new IntegerField("Least monitoring after (minutes)");
    private final IntegerField minHoursBetween = new IntegerField("At least hours between infusions");
    private final IntegerField maxHoursBetween = new IntegerField("At most hours between infusions");
    private final IntegerField fastingFoodHours = new IntegerField("No solid food for (hours before)");
    private final IntegerField fastingClearLiquidHours = new IntegerField("Clear liquids until (hours before)");
    private final CheckboxGroup<Credential> credentials = new CheckboxGroup<>("Who may give it");
    private final MultiSelectComboBox<String> rnStates = new MultiSelectComboBox<>("States where RNs may give it");
    private final Select<TreatmentProtocol> boosterProtocol = new Select<>();
    private final IntegerField boosterAfterMinDays = new IntegerField("Booster from (days after the last infusion)");
    private final IntegerField boosterAfterMaxDays = new IntegerField("Booster until (days after the last infusion)");
    private final Checkbox active = new Checkbox("Active (offered when booking a series)");
    private final Button remove = new Button("Delete or deactivate…");
    private final Button save = new Button("Save");
    private final Paragraph scope = new Paragraph();
    private final Binder<TreatmentProtocol> binder = new Binder<>(TreatmentProtocol.class);
    private TreatmentProtocol protocol;

    ProtocolForm(Consumer<TreatmentProtocol> onSave, Consumer<TreatmentProtocol> onRemove, Runnable onCancel) {
        setPadding(false);
        name.setId("protocol-name");
        credentials.setItems(Credential.values());
        credentials.setItemLabelGenerator(c -> c.name() + " - " + c.title());
        setupMinutes.setId("protocol-setup-minutes");
        infusionMinutes.setId("protocol-infusion-minutes");
        minMonitoringMinutes.setId("protocol-monitoring-minutes");
        firstVisitMinutes.setId("protocol-first-visit-minutes");
        laterVisitMinutes.setId("protocol-later-visit-minutes");
        minMonitoringMinutes.setHelperText("Until back to baseline; Done earlier asks the clinician why");
        for (IntegerField field : new IntegerField[]{infusionCount, firstVisitMinutes, laterVisitMinutes,
                setupMinutes, infusionMinutes, minMonitoringMinutes, minHoursBetween, maxHoursBetween}) {
            field.setStepButtonsVisible(true);
        }
        minHoursBetween.setHelperText("Use 0 and 0 for a single infusion");

        binder.forField(name).asRequired("Enter a name, such as PTSD initial series.")
                .withValidator(n -> n.strip().length() <= 200, "At most 200 characters.")
                .bind(TreatmentProtocol::getName, TreatmentProtocol::setName);
        binder.forField(infusionCount).asRequired("Enter how many infusions the series has.")
                .withValidator(n -> n >= 1 && n <= TreatmentProtocol.MAX_INFUSIONS,
                        "Between 1 and " + TreatmentProtocol.MAX_INFUSIONS + ".")
                .bind(TreatmentProtocol::getInfusionCount, TreatmentProtocol::setInfusionCount);
        Binder.Binding<TreatmentProtocol, Integer> first = binder.forField(firstVisitMinutes)
                .asRequired("Enter how long the first visit lasts.")
                .withValidator(TreatmentProtocol::isVisitLength, VISIT_LENGTH)
                .withValidator(m -> coversChairTime(m), "Must cover setup, infusion and the least monitoring.")
                .bind(TreatmentProtocol::getFirstVisitMinutes, TreatmentProtocol::setFirstVisitMinutes);
        Binder.Binding<TreatmentProtocol, Integer> later = binder.forField(laterVisitMinutes)
                .asRequired("Enter how long later visits last.")
                .withValidator(TreatmentProtocol::isVisitLength, VISIT_LENGTH)
                .withValidator(m -> coversChairTime(m), "Must cover setup, infusion and the least monitoring.")
                .bind(TreatmentProtocol::getLaterVisitMinutes, TreatmentProtocol::setLaterVisitMinutes);
        binder.forField(setupMinutes).asRequired("Enter the minutes for vitals and IV placement.")
                .withValidator(TreatmentProtocol::isPart, PART_LENGTH)
                .bind(TreatmentProtocol::getSetupMinutes, TreatmentProtocol::setSetupMinutes);
        binder.forField(infusionMinutes).asRequired("Enter how long the infusion runs.")
                .withValidator(TreatmentProtocol::isPart, PART_LENGTH)
                .bind(TreatmentProtocol::getInfusionMinutes, TreatmentProtocol::setInfusionMinutes);
        binder.forField(minMonitoringMinutes).asRequired("Enter the least monitoring after the infusion.")
                .withValidator(TreatmentProtocol::isPart, PART_LENGTH)
                .bind(TreatmentProtocol::getMinMonitoringMinutes, TreatmentProtocol::setMinMonitoringMinutes);
        // the visit lengths must cover the three parts: changing a part re-checks both lengths
        for (IntegerField part : new IntegerField[]{setupMinutes, infusionMinutes, minMonitoringMinutes}) {
            part.addValueChangeListener(e -> {
                chairTime();
                if (firstVisitMinutes.getValue() != null) {
                    first.validate();
                }
                if (laterVisitMinutes.getValue() != null) {
                    later.validate();
                }
            });
        }
        binder.forField(minHoursBetween).asRequired("Enter the least hours between two infusions.")
                .withValidator(h -> h >= 0 && h <= 24 * 60, "Between 0 and 1440 hours.")
                .bind(TreatmentProtocol::getMinHoursBetween, TreatmentProtocol::setMinHoursBetween);
        Binder.Binding<TreatmentProtocol, Integer> max = binder.forField(maxHoursBetween).asRequired("Enter the most hours between two infusions.")
                .withValidator(h -> minHoursBetween.getValue() == null || h >= minHoursBetween.getValue(),
                        "Must be at least the least hours between infusions.")
                .withValidator(h -> h <= 24 * 60, "At most 1440 hours.")
                .bind(TreatmentProtocol::getMaxHoursBetween, TreatmentProtocol::setMaxHoursBetween);
        binder.forField(credentials).withValidator(s -> !s.isEmpty(), "Choose at least one credential.")
                .bind(TreatmentProtocol::getCredentialsAllowed, TreatmentProtocol::setCredentialsAllowed);
        scopeAndBoosters();
        // what the patient's print-out tells them to do before each visit; empty: no fasting rule
        fastingFoodHours.setHelperText("On the patient's print-out; empty for no fasting rule");
        fastingClearLiquidHours.setHelperText("Empty for no rule on liquids");
        binder.forField(fastingFoodHours).withValidator(TreatmentProtocol::isFastingHours, "Between 0 and 24 hours, or empty.")
                .bind(TreatmentProtocol::getFastingFoodHours, TreatmentProtocol::setFastingFoodHours);
        binder.forField(fastingClearLiquidHours).withValidator(TreatmentProtocol::isFastingHours, "Between 0 and 24 hours, or empty.")
                .bind(TreatmentProtocol::getFastingClearLiquidHours, TreatmentProtocol::setFastingClearLiquidHours);
        binder.forField(active).bind(TreatmentProtocol::isActive, TreatmentProtocol::setActive);
        // the pair is one rule: changing the least hours re-checks the most
        minHoursBetween.addValueChangeListener(e -> {
            if (maxHoursBetween.getValue() != null) {
                max.validate();
            }
        });

        FormLayout form = new FormLayout(name, infusionCount, firstVisitMinutes, laterVisitMinutes,
                setupMinutes, infusionMinutes, minMonitoringMinutes, minHoursBetween, maxHoursBetween, fastingFoodHours,
                fastingClearLiquidHours, credentials, rnStates, boosterProtocol, boosterAfterMinDays, boosterAfterMaxDays, active);
        form.setColspan(name, 2);
        form.setColspan(credentials, 2);
        form.setColspan(rnStates, 2);
        form.setColspan(boosterProtocol, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));

        scope.setId("protocol-scope");
        scope.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        save.addClickListener(e -> {
            try {
                binder.writeBean(protocol);
                onSave.accept(protocol);
            } catch (ValidationException invalid) {
                // each field says what is wrong
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setTooltipText("Save (Ctrl+S)");
        save.setId("protocol-save");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setId("protocol-remove");
        remove.addClickListener(e -> onRemove.accept(protocol));
        Button cancel = new Button("Cancel", e -> onCancel.run());
        add(scope, form, new HorizontalLayout(save, cancel, remove));
    }

    private int chairMinutes() {
        return value(setupMinutes) + value(infusionMinutes) + value(minMonitoringMinutes);
    }

    private boolean coversChairTime(int visitMinutes) {
        return visitMinutes >= chairMinutes();
    }

    /** Says under the visit lengths what they must cover, so the rule is visible before it is broken. */
    private void chairTime() {
        String cover = "At least " + chairMinutes() + " min: setup + infusion + least monitoring";
        firstVisitMinutes.setHelperText("Consent and history make it longer. " + cover);
        laterVisitMinutes.setHelperText(cover);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /**
     * Who may give it per state (registered nurses only in the states listed, then under supervision) and the
     * booster that follows the series.
     */
    private void scopeAndBoosters() {
        rnStates.setId("protocol-rn-states");
        rnStates.setItems(UsState.sorted());
        rnStates.setHelperText("Only where the state's board allows RN-given ketamine; an MD or NP must be on duty "
                + "during each RN visit. Other credentials may give it in every state.");
        binder.forField(rnStates)
                .withValidator(states -> !credentials.getValue().contains(Credential.RN) || !states.isEmpty(),
                        "List the states where RNs may give it, or untick RN.")
                .bind(TreatmentProtocol::getRnStates, TreatmentProtocol::setRnStates);
        credentials.addValueChangeListener(e -> rnStates.setEnabled(e.getValue().contains(Credential.RN)));
        boosterProtocol.setLabel("Booster after this series");
        boosterProtocol.setId("protocol-booster");
        boosterProtocol.setEmptySelectionAllowed(true);
        boosterProtocol.setEmptySelectionCaption("No booster");
        boosterProtocol.setItemLabelGenerator(p -> p == null ? "No booster" : p.getName());
        binder.forField(boosterProtocol).bind(
                p -> boosterChoices.stream().filter(b -> Objects.equals(b.getId(), p.getBoosterProtocolId()))
                        .findFirst().orElse(null),
                (p, booster) -> p.setBoosterProtocolId(booster == null ? null : booster.getId()));
        boosterAfterMinDays.setStepButtonsVisible(true);
        boosterAfterMaxDays.setStepButtonsVisible(true);
        boosterAfterMinDays.setHelperText("Boosters usually follow every 4 to 6 weeks: 28 to 42 days");
        binder.forField(boosterAfterMinDays).asRequired("Enter when the booster window opens.")
                .withValidator(d -> d >= 1 && d <= 365, "Between 1 and 365 days.")
                .bind(TreatmentProtocol::getBoosterAfterMinDays, TreatmentProtocol::setBoosterAfterMinDays);
        binder.forField(boosterAfterMaxDays).asRequired("Enter when the booster window closes.")
                .withValidator(d -> boosterAfterMinDays.getValue() == null || d >= boosterAfterMinDays.getValue(),
                        "Must be on or after the day the window opens.")
                .withValidator(d -> d <= 365, "At most 365 days.")
                .bind(TreatmentProtocol::getBoosterAfterMaxDays, TreatmentProtocol::setBoosterAfterMaxDays);
    }

    private List<TreatmentProtocol> boosterChoices = List.of();

    /** The protocols a booster may be booked with: the active one-infusion series. */
    void setBoosterChoices(List<TreatmentProtocol> choices) {
        this.boosterChoices = choices;
        boosterProtocol.setItems(choices);
    }

    /** @param assessment the in-home assessment is shown, not edited */
    void edit(TreatmentProtocol protocol, boolean assessment) {
        this.protocol = protocol;
        binder.readBean(protocol);
        chairTime();
        binder.setReadOnly(assessment);
        rnStates.setEnabled(!assessment && protocol.getCredentialsAllowed().contains(Credential.RN));
        save.setVisible(!assessment);
        remove.setVisible(protocol.getId() != null && !assessment);
        scope.setText(assessment ? "The in-home assessment is set up with the clinic; it is shown here and not "
                + "changed on this screen." : "Changes apply to series booked after you save. Plans already booked "
                + "keep the rules they were booked with: the old version stays in the list, inactive, named "
                + "\"(booked until ...)\".");
        name.focus();
    }
}
