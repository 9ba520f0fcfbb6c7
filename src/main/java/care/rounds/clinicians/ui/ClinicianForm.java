package care.rounds.clinicians.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.Place;
import care.rounds.base.UsState;
import care.rounds.base.ui.PostalAddressField;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.Credential;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Edits one clinician on the roster: credential, licences, home base, kits, hours and time off.
 */
class ClinicianForm extends VerticalLayout {

    private final TextField fullName = new TextField("Full name");
    private final Select<Credential> credential = new Select<>();
    private final TextField phone = new TextField("Phone");
    private final PostalAddressField homeBase;
    private final MultiSelectComboBox<String> licensedStates = new MultiSelectComboBox<>("Licensed in");
    private final IntegerField doseKitsPerDay = new IntegerField("Dose kits per day");
    private final IntegerField maxVisitsPerDay = new IntegerField("Most visits per day");
    private final Checkbox active = new Checkbox("Active (takes visits)");
    private final WeeklyHoursEditor hours = new WeeklyHoursEditor();
    private final TimeOffEditor timeOff;
    private final Binder<Clinician> binder = new Binder<>(Clinician.class);
    private Clinician clinician;

    ClinicianForm(ClinicTime time, BiFunction<String, Integer, List<Place>> addressSearch, Consumer<Clinician> onSave,
                  Runnable onCancel) {
        setPadding(false);
        homeBase = new PostalAddressField("Home base address", "clinician-home", addressSearch);
        homeBase.setHelperText("Where the day starts and ends; pick a suggestion so it is on a drivable road");
        timeOff = new TimeOffEditor(time);
        credential.setLabel("Credential");
        credential.setItems(Credential.values());
        credential.setItemLabelGenerator(c -> c.name() + " - " + c.title());
        licensedStates.setItems(UsState.sorted());
        doseKitsPerDay.setStepButtonsVisible(true);
        maxVisitsPerDay.setStepButtonsVisible(true);
        fullName.setId("clinician-full-name");

        binder.forField(fullName).asRequired("Enter the clinician's name.")
                .bind(Clinician::getFullName, Clinician::setFullName);
        binder.forField(credential).asRequired("Choose a credential.")
                .bind(Clinician::getCredential, Clinician::setCredential);
        binder.forField(phone).bind(Clinician::getPhone, Clinician::setPhone);
        binder.forField(homeBase).asRequired("Enter the address the clinician starts from.")
                .withValidator(PostalAddressField::hasStreetAndCity, PostalAddressField.STREET_AND_CITY)
                .withValidator(PostalAddressField::hasValidZip, PostalAddressField.ZIP)
                .withValidator(Place::isOnMap, PostalAddressField.NOT_ON_MAP)
                .bind(Clinician::getHomePlace, Clinician::setHomePlace);
        binder.forField(licensedStates)
                .withValidator(s -> !s.isEmpty(), "A clinician needs a licence in at least one state.")
                .bind(Clinician::getLicensedStates, Clinician::setLicensedStates);
        binder.forField(doseKitsPerDay).asRequired("Enter how many dose kits they carry.")
                .withValidator(n -> n >= 0 && n <= 50, "Between 0 and 50.")
                .bind(Clinician::getDoseKitsPerDay, Clinician::setDoseKitsPerDay);
        binder.forField(maxVisitsPerDay).asRequired("Enter the most visits a day.")
                .withValidator(n -> n >= 0 && n <= 20, "Between 0 and 20.")
                .bind(Clinician::getMaxVisitsPerDay, Clinician::setMaxVisitsPerDay);
        binder.forField(active).bind(Clinician::isActive, Clinician::setActive);

        FormLayout form = new FormLayout(fullName, credential, phone, licensedStates, homeBase,
                doseKitsPerDay, maxVisitsPerDay, active);
        form.setColspan(homeBase, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));

        Button save = new Button("Save", e -> {
            try {
                binder.writeBean(clinician);
                if (hours.write(clinician)) {
                    onSave.accept(clinician);
                }
            } catch (ValidationException invalid) {
                // each field says what is wrong
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setTooltipText("Save (Ctrl+S)");
        save.setId("clinician-save");
        Button cancel = new Button("Cancel", e -> onCancel.run());
        add(form, hours, timeOff, new HorizontalLayout(save, cancel));
    }

    void edit(Clinician clinician) {
        this.clinician = clinician;
        binder.readBean(clinician);
        fullName.focus();
        hours.read(clinician);
        timeOff.read(clinician);
    }
}
