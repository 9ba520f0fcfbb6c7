package care.rounds.messages;

import care.rounds.base.ClinicTime;
import care.rounds.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The manager's message templates: which messages are sent and their wording, checked on save so no
 * template can name a diagnosis, protocol or medication or use a placeholder that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class MessageTemplates {

    /** A text message of at most three parts. */
    public static final int MAX_TEXT_LENGTH = 459;

    private final MessageTemplateRepository templates;
    private final MessageRenderer renderer;
    private final MessageSafety safety;
    private final CurrentUser currentUser;
    private final ClinicTime time;
    private final String clinicPhone;

    MessageTemplates(MessageTemplateRepository templates, MessageRenderer renderer, MessageSafety safety,
                     CurrentUser currentUser, ClinicTime time, @Value("${rounds.clinic.phone:}") String clinicPhone) {
        this.templates = templates;
        this.renderer = renderer;
        this.safety = safety;
        this.currentUser = currentUser;
        this.time = time;
        this.clinicPhone = clinicPhone;
    }

    /** Every message type's template, the clinic's wording where the manager saved one. */
    @RolesAllowed("MANAGER")
    public List<MessageTemplate> all() {
        return Arrays.stream(MessageType.values()).map(this::current).toList();
    }

    /** The wording in use for this type (no role: the sender reads it). */
    MessageTemplate current(MessageType type) {
        return templates.findById(type).orElseGet(() -> DefaultTemplates.of(type));
    }

    /** The wording a clinic starts with, for "Back to the default". */
    @RolesAllowed("MANAGER")
    public MessageTemplate defaults(MessageType type) {
        return DefaultTemplates.of(type);
    }

    /** Saves the manager's wording; throws with what to fix if a text is empty, too long or unsafe. */
    @RolesAllowed("MANAGER")
    @Transactional
    public MessageTemplate save(MessageType type, boolean enabled, String emailSubject, String emailBody,
                                String textBody) {
        List<String> problems = problems(emailSubject, emailBody, textBody);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        MessageTemplate template = templates.findById(type)
                .orElseGet(() -> new MessageTemplate(type, enabled, emailSubject, emailBody, textBody));
        template.setEnabled(enabled);
        template.setEmailSubject(emailSubject.strip());
        template.setEmailBody(emailBody.strip());
        template.setTextBody(textBody.strip());
        template.edited(currentUser.actorName(), time.now());
        return templates.save(template);
    }

    /** What is wrong with these texts, each with how to fix it; empty when they may be saved. */
    @RolesAllowed("MANAGER")
    public List<String> problems(String emailSubject, String emailBody, String textBody) {
        List<String> problems = new ArrayList<>();
        check("email subject", emailSubject, 200, problems);
        check("email text", emailBody, 2000, problems);
        check("text message", textBody, MAX_TEXT_LENGTH, problems);
        return problems;
    }

    private void check(String what, String text, int max, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add("Write the " + what + ".");
            return;
        }
        if (text.strip().length() > max) {
            problems.add("Keep the " + what + " under " + max + " characters (it has " + text.strip().length() + ").");
        }
        String syntax = renderer.syntaxProblem(text);
        if (syntax != null) {
            problems.add("In the " + what + ": " + syntax);
            return;
        }
        Set<String> unknown = renderer.unknownPlaceholders(text);
        if (!unknown.isEmpty()) {
            problems.add("The " + what + " uses {{" + String.join("}}, {{", unknown) + "}}, which is not known: use "
                    + "{{" + String.join("}}, {{", MessageFacts.PLACEHOLDERS) + "}}.");
        }
        safety.firstForbidden(text).ifPresent(word -> problems.add("The " + what + " says \"" + word
                + "\": messages name no diagnosis, treatment or medication (others may read them). Remove it."));
    }

    /** The message as a patient would read it, with made-up facts. */
    @RolesAllowed("MANAGER")
    public RenderedMessage preview(MessageType type, Channel channel, String emailSubject, String emailBody,
                                   String textBody) {
        MessageTemplate draft = new MessageTemplate(type, true, emailSubject, emailBody, textBody);
        return renderer.render(draft, channel, sampleFacts());
    }

    MessageFacts sampleFacts() {
        return new MessageFacts("Jordan", "Tue Dec 8 at 9:30 AM", "Maria", "10:05 AM",
                "Tue Dec 8 at 9:30 AM with Maria\nThu Dec 10 at 9:30 AM with Maria\nSat Dec 12 at 10:00 AM with Sam",
                clinicPhone);
    }
}
