package care.rounds.intake;

import care.rounds.intake.internal.PlainText;
import care.rounds.patients.Patient;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person fills in on the public form or sends to the API. The same rules, and so the same
 * messages, apply to both. {@code website} is a honeypot: people never see it, robots fill it in.
 * {@code altcha} is the solved proof-of-work challenge the form's script sends along.
 */
@Schema(name = "ConsultationRequest", description = "A request for a free consultation; our patient coordinator calls back.")
public record ConsultationRequestForm(
        @Schema(description = "Full name", example = "Jordan Smith", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "Enter your name.")
        @PlainText(what = "the name", max = 200)
        String name,

        @Schema(description = "Phone number to call back", example = "(404) 555-0123", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "Enter a phone number so our coordinator can call you back.")
        @Pattern(regexp = Patient.PHONE_PATTERN, message = "Enter a phone number such as (404) 555-0123.")
        @PlainText(what = "the phone number", max = 40)
        String phone,

        @Schema(description = "Email address (optional)", example = "jordan@example.com")
        @Email(message = "Enter an email address such as name@example.com, or leave it empty.")
        @PlainText(what = "the email address", max = 200)
        String email,

        @Schema(description = "ZIP code of the home where treatment would take place (optional)", example = "30307")
        @Pattern(regexp = "^\\s*([0-9]{5}(-[0-9]{4})?)?\\s*$", message = "Enter the ZIP code as 5 digits, such as 30307 (or ZIP+4, such as 30307-1234), or leave it empty.")
        String zip,

        @Schema(description = "When we may call (optional)", example = "Weekday mornings")
        @PlainText(what = "the preferred contact time", max = 200)
        String preferredContactTime,

        @Schema(description = "Anything you would like us to know (optional)")
        @PlainText(what = "the message", max = 4000, multiline = true)
        String message,

        @Schema(description = "Consent to be contacted by phone or email; must be true", requiredMode = Schema.RequiredMode.REQUIRED)
        @AssertTrue(message = "Tick the box to let our coordinator contact you.")
        boolean consentToContact,

        @Schema(description = "Leave empty (spam trap)", example = "")
        String website,

        @Schema(description = "Proof of work: the challenge from GET /api/consultation-requests/challenge, solved, "
                + "as an ALTCHA payload (base64 of {algorithm, challenge, number, salt, signature}). Without it the "
                + "request is held for review instead of reaching the coordinator's inbox.")
        @Size(max = 2000, message = "The proof of work is too long.")
        String altcha,

        @Schema(description = "Send appointment confirmations, reminders and changes by email (optional; needs an email address)")
        boolean messagesByEmail,

        @Schema(description = "Send appointment confirmations, reminders and changes by text message (optional)")
        boolean messagesByText) {

    /** A request without appointment-message choices (both off). */
    public ConsultationRequestForm(String name, String phone, String email, String zip, String preferredContactTime,
                                   String message, boolean consentToContact, String website, String altcha) {
        this(name, phone, email, zip, preferredContactTime, message, consentToContact, website, altcha, false, false);
    }

    /** Email messages asked for without an address: nothing to send them to. */
    @AssertTrue(message = "Enter your email address to get messages by email, or untick that box.")
    @io.swagger.v3.oas.annotations.Hidden
    public boolean isEmailGivenForMessages() {
        return !messagesByEmail || (email != null && !email.isBlank());
    }

    /** True when the hidden spam-trap field was filled in: a robot, not a person. Not a property: never in the API. */
    public boolean fillsSpamTrap() {
        return website != null && !website.isBlank();
    }
}
