package care.rounds.intake.ui;

import care.rounds.intake.ConsultationRequestForm;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of the public consultation request. Field names match the API's, so the service's
 * messages land next to the right field. The "website" field is the hidden spam trap.
 */
class PublicRequestForm extends FormLayout {

    final TextField name = new TextField("Your name");
    final TextField phone = new TextField("Phone");
    final EmailField email = new EmailField("Email (optional)");
    final TextField preferredContactTime = new TextField("Best time to call (optional)");
    final TextArea message = new TextArea("Anything you would like us to know (optional)");
    final Checkbox consentToContact = new Checkbox("I agree to be contacted by phone or email about my request.");
    final TextField website = new TextField("Website");

    PublicRequestForm() {
        name.setRequiredIndicatorVisible(true);
        phone.setRequiredIndicatorVisible(true);
        consentToContact.setRequiredIndicatorVisible(true);
        name.setAutocomplete(Autocomplete.NAME);
        phone.setPlaceholder("(404) 555-0123");
        phone.setAutocomplete(Autocomplete.TEL);
        preferredContactTime.setPlaceholder("For example: weekday mornings");
        message.setMaxLength(4000);
        message.setMinHeight("8em");
        hideFromPeople(website);
        add(name, phone, email, preferredContactTime, message, consentToContact, website);
        setColspan(message, 2);
        setColspan(consentToContact, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    /** Off screen, out of the tab order and hidden from screen readers: only robots fill it in. */
    private static void hideFromPeople(TextField trap) {
        trap.setId("website");
        trap.setTabIndex(-1);
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.getElement().setAttribute("autocomplete", "off");
        trap.getStyle().set("position", "absolute").set("left", "-10000px").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden");
    }

    ConsultationRequestForm value() {
        return new ConsultationRequestForm(name.getValue(), phone.getValue(), email.getValue(),
                preferredContactTime.getValue(), message.getValue(), consentToContact.getValue(), website.getValue());
    }

    void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("preferredContactTime", preferredContactTime);
        fields.put("message", message);
        fields.put("consentToContact", consentToContact);
        fields.forEach((field, component) -> {
            String error = errors.get(field);
            component.setErrorMessage(error);
            component.setInvalid(error != null);
        });
        fields.entrySet().stream().filter(e -> errors.containsKey(e.getKey())).findFirst()
                .ifPresent(e -> ((Focusable<?>) e.getValue()).focus());
    }
}
