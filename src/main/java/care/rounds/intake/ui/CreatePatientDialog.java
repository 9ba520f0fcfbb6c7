package care.rounds.intake.ui;

import care.rounds.base.Place;
import care.rounds.base.UsState;
import care.rounds.base.ui.AddressField;
import care.rounds.base.ui.Notices;
import care.rounds.intake.ConsultationInbox;
import care.rounds.intake.ConsultationRequest;
import care.rounds.patients.Patient;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Makes a patient from a request: name, phone and email come from the request; the coordinator adds
 * what the website form does not ask for. The patient's own rules check every field.
 */
class CreatePatientDialog extends Dialog {

    final TextField fullName = new TextField("Full name");
    final TextField phone = new TextField("Phone");
    final EmailField email = new EmailField("Email");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final AddressField home;
    final ComboBox<String> state = new ComboBox<>("State", UsState.sorted());
    final TextField responsibleAdultName = new TextField("Responsible adult");
    final TextField responsibleAdultPhone = new TextField("Responsible adult's phone");
    final TextField responsibleAdultRelation = new TextField("Relation to the patient");

    private final BeanValidationBinder<Patient> binder = new BeanValidationBinder<>(Patient.class);

    CreatePatientDialog(ConsultationInbox inbox, BiFunction<String, Integer, List<Place>> addressSearch,
                        ConsultationRequest request, Consumer<ConsultationRequest> onCreated) {
        setHeaderTitle("Create patient");
        Patient draft = inbox.draftPatient(request);
        home = new AddressField("Home address (where the infusions take place)", addressSearch);
        home.setId("new-patient-home");
        dateOfBirth.setId("new-patient-date-of-birth");
        state.setId("new-patient-state");
        responsibleAdultName.setId("new-patient-adult-name");
        responsibleAdultPhone.setId("new-patient-adult-phone");
        responsibleAdultRelation.setId("new-patient-adult-relation");
        responsibleAdultName.setHelperText("Stays until the clinician leaves; needed before the first infusion is booked");
        responsibleAdultRelation.setPlaceholder("spouse, daughter, friend");
        // as in the Patients screen: the planner needs the home on a drivable road
        binder.forField(home).asRequired("Enter the home address where infusions take place.")
                .withValidator(Place::isOnMap, "This address was not found on the loaded map. Pick one of the suggestions.")
                .bind(p -> null, (p, place) -> {
                    p.setHomeAddress(place.address());
                    p.setHomeLocation(place.location());
                });
        binder.bindInstanceFields(this);
        binder.readBean(draft);
        for (HasValue<?, ?> required : new HasValue<?, ?>[]{fullName, phone, dateOfBirth, home, state}) {
            required.setRequiredIndicatorVisible(true);
        }
        FormLayout form = new FormLayout(fullName, dateOfBirth, phone, email, home, state, responsibleAdultName,
                responsibleAdultPhone, responsibleAdultRelation);
        form.setColspan(home, 2);
        form.setColspan(responsibleAdultName, 2);
        add(form);

        Button save = new Button("Create patient", e -> {
            try {
                binder.writeBean(draft);
                ConsultationRequest linked = inbox.createPatient(request.getId(), draft);
                Notices.saved("Created patient " + draft.getFullName() + ".");
                close();
                onCreated.accept(linked);
            } catch (ValidationException invalid) {
                // each field says what is wrong
            } catch (DataIntegrityViolationException | IllegalStateException notSaved) {
                Notices.problem("The patient could not be created: " + (notSaved instanceof IllegalStateException
                        ? notSaved.getMessage() : "a value is too long or missing."));
            }
        });
        save.setId("create-patient-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
