package care.rounds.patients.ui;

import care.rounds.base.Place;
import care.rounds.base.UsState;
import care.rounds.base.ui.PostalAddressField;
import care.rounds.patients.Patient;
import care.rounds.routing.Routing;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import care.rounds.base.ui.DetailSection;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import java.util.function.Consumer;

/**
 * Edits one patient. Every field says what is wrong next to it; nothing typed is lost on a failed save.
 */
class PatientForm extends VerticalLayout {

    final TextField fullName = new TextField("Full name");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final TextField phone = new TextField("Phone");
    final EmailField email = new EmailField("Email");
    final PostalAddressField home;
    final TextField responsibleAdultName = new TextField("Responsible adult");
    final TextField responsibleAdultPhone = new TextField("Responsible adult's phone");
    final TextField responsibleAdultRelation = new TextField("Relation to the patient");
    final TextArea accessNotes = new TextArea("Access notes (gate code, parking)");
    final TextArea clinicalNotes = new TextArea("Clinical notes");
    final Checkbox consentEmail = new Checkbox("Appointment messages by email");
    final Checkbox consentText = new Checkbox("Appointment messages by text message");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    private final Span location = new Span();
    final HomeOnMap homeOnMap;

    private final BeanValidationBinder<Patient> binder = new BeanValidationBinder<>(Patient.class);
    private Patient patient;

    private final java.util.List<DetailSection> sections;

    PatientForm(Routing routing, String tileUrl, java.time.LocalDate today, Consumer<Patient> onSave, Runnable onCancel,
                java.util.List<DetailSection> sections) {
        this.sections = sections;
        setPadding(false);
        home = new PostalAddressField("Home address", "patient-home", routing::searchPlaces);
        home.setId("patient-home-address");
        homeOnMap = new HomeOnMap(home.find(), routing, tileUrl);
        fullName.setId("patient-full-name");
        phone.setPlaceholder("(404) 555-0123");
        dateOfBirth.setMax(today);
        responsibleAdultName.setHelperText("Stays with the patient until the clinician leaves; needed, with phone "
                + "and relation, before the first infusion is booked");
        responsibleAdultRelation.setPlaceholder("spouse, daughter, friend");
        responsibleAdultRelation.setId("patient-adult-relation");
        location.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        binder.forField(home).asRequired("Enter the home address where infusions take place.")
                .withValidator(PostalAddressField::hasStreetAndCity, PostalAddressField.STREET_AND_CITY)
                .withValidator(place -> place.postal() != null && UsState.isValid(place.postal().state()),
                        "Choose the state the patient lives in.")
                .withValidator(PostalAddressField::hasValidZip, PostalAddressField.ZIP)
                .withValidator(Place::isOnMap, PostalAddressField.NOT_ON_MAP)
                .bind(Patient::getHome, Patient::setHome);
        binder.bindInstanceFields(this);
        // once the coordinator types an address, the line under the search box speaks for the home
        home.find().addValueChangeListener(e -> location.setText(""));
        for (var required : new com.vaadin.flow.component.HasValue<?, ?>[]{fullName, phone, home}) {
            required.setRequiredIndicatorVisible(true);
        }

        consentEmail.setId("patient-consent-email");
        consentText.setId("patient-consent-text");
        Div consent = new Div(consentEmail, consentText);
        consent.getElement().setAttribute("title", "Confirmations, reminders, \"on the way\" and changes: "
                + "times and first names only, never treatment");
        FormLayout form = new FormLayout(fullName, dateOfBirth, phone, email, home, homeOnMap,
                responsibleAdultName, responsibleAdultPhone, responsibleAdultRelation, accessNotes, clinicalNotes, consent);
        form.setColspan(consent, 2);
        form.setColspan(home, 2);
        form.setColspan(homeOnMap, 2);
        form.setColspan(accessNotes, 2);
        form.setColspan(clinicalNotes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
        save.setTooltipText("Save (Ctrl+S)");
        save.setId("patient-save");
        save.addClickListener(e -> {
            try {
                binder.writeBean(patient);
                onSave.accept(patient);
            } catch (ValidationException invalid) {
                // the fields already show what is wrong
            }
        });
        cancel.addClickListener(e -> onCancel.run());
        add(form, location, new HorizontalLayout(save, cancel));
        sections.forEach(section -> add(section.component()));
    }

    void edit(Patient patient) {
        this.patient = patient;
        binder.readBean(patient);
        homeOnMap.show(home.find().getValue());
        location.setText(patient.getHomeLocation() == null && patient.getId() != null
                ? "This home is not placed on the map yet: pick the address from the suggestions." : "");
        consentText.setHelperText(patient.getTextOptedOutAt() == null ? null
                : "The patient replied STOP; tick again only when the patient asks for texts again.");
        sections.forEach(section -> section.show(patient.getId()));
        fullName.focus();
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }
}
