package care.rounds.intake.web;

import care.rounds.intake.ConsultationRequestForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the consultation page's template shows: the clinic, the fields with what was typed and their
 * messages, the problem summary, or the thank-you. Built fresh for each request.
 */
final class FormPage {

    static final String TITLE = "Request a free consultation";

    private FormPage() {
    }

    /** An empty form, or the one just sent with its messages. */
    static Map<String, Object> form(ClinicSettings clinic, String action, ConsultationRequestForm typed,
                                    Map<String, String> errors, String problem, boolean returnToWebsite,
                                    int minimumFillSeconds) {
        Map<String, String> e = errors == null ? Map.of() : errors;
        List<FormField> fields = List.of(
                field("name", "Your name", "", "text", "name", "", true, false, 200, typed == null ? "" : typed.name(), e),
                field("phone", "Phone", "For example (404) 555-0123", "tel", "tel", "tel", true, false, 40,
                        typed == null ? "" : typed.phone(), e),
                field("email", "Email (optional)", "", "email", "email", "email", false, false, 200,
                        typed == null ? "" : typed.email(), e),
                field("zip", "ZIP code of your home (optional)", "Where the treatment would take place", "text",
                        "postal-code", "numeric", false, false, 10, typed == null ? "" : typed.zip(), e),
                field("preferredContactTime", "Best time to call (optional)", "For example: weekday mornings", "text",
                        "off", "", false, false, 200, typed == null ? "" : typed.preferredContactTime(), e),
                field("message", "Anything you would like us to know (optional)", "", "", "off", "", false, true, 4000,
                        typed == null ? "" : typed.message(), e));
        Map<String, Object> model = clinic(clinic);
        model.put("title", (e.isEmpty() && problem.isEmpty() ? "" : "Error: ") + TITLE + " | " + clinic.name());
        model.put("action", action);
        model.put("fields", fields);
        model.put("consentChecked", typed != null && typed.consentToContact());
        model.put("messagesByEmailChecked", typed != null && typed.messagesByEmail());
        model.put("messagesByTextChecked", typed != null && typed.messagesByText());
        model.put("messagesError", e.getOrDefault("emailGivenForMessages", ""));
        model.put("hasMessagesError", e.containsKey("emailGivenForMessages"));
        model.put("consentError", e.getOrDefault("consentToContact", ""));
        model.put("hasConsentError", e.containsKey("consentToContact"));
        model.put("returnToWebsite", returnToWebsite);
        model.put("minimumFillSeconds", minimumFillSeconds);
        List<Map<String, String>> summary = new ArrayList<>();
        fields.stream().filter(FormField::hasError)
                .forEach(f -> summary.add(Map.of("field", f.name(), "message", f.error())));
        if (e.containsKey("emailGivenForMessages")) {
            summary.add(Map.of("field", "emailGivenForMessages", "message", e.get("emailGivenForMessages")));
        }
        if (e.containsKey("consentToContact")) {
            summary.add(Map.of("field", "consentToContact", "message", e.get("consentToContact")));
        }
        model.put("summary", summary);
        model.put("hasSummaryItems", !summary.isEmpty());
        model.put("hasSummary", !summary.isEmpty() || !problem.isEmpty());
        model.put("problem", problem.isEmpty() && !summary.isEmpty()
                ? (summary.size() == 1 ? "One answer needs correcting:" : summary.size() + " answers need correcting:")
                : problem);
        return model;
    }

    static Map<String, Object> thanks(ClinicSettings clinic) {
        Map<String, Object> model = clinic(clinic);
        model.put("title", "Thank you | " + clinic.name());
        return model;
    }

    private static Map<String, Object> clinic(ClinicSettings clinic) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("clinicName", clinic.name());
        model.put("clinicPhone", clinic.phone());
        model.put("clinicPhoneLink", clinic.phoneLink());
        model.put("hasPhone", !clinic.phone().isEmpty());
        model.put("logoUrl", clinic.logoUrl());
        model.put("hasLogo", !clinic.logoUrl().isEmpty());
        model.put("colour", clinic.colour());
        model.put("privacyUrl", clinic.privacyUrl());
        model.put("hasPrivacyUrl", !clinic.privacyUrl().isEmpty());
        return model;
    }

    private static FormField field(String name, String label, String hint, String type, String autocomplete,
                                   String inputmode, boolean required, boolean textarea, int maxlength, String value,
                                   Map<String, String> errors) {
        return new FormField(name, label, hint, type, autocomplete, inputmode, required, textarea, maxlength,
                value == null ? "" : value, errors.getOrDefault(name, ""));
    }
}
