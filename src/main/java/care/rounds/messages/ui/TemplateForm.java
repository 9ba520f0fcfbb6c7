package care.rounds.messages.ui;

import care.rounds.messages.Channel;
import care.rounds.messages.MessageFacts;
import care.rounds.messages.MessageTemplate;
import care.rounds.messages.MessageTemplates;
import care.rounds.messages.MessageType;
import care.rounds.messages.RenderedMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** One message's switch and wording, with the preview updated as the manager types. */
class TemplateForm extends VerticalLayout {

    record Edit(MessageType type, boolean enabled, String subject, String emailBody, String textBody) {
    }

    final Checkbox enabled = new Checkbox("Send this message");
    final TextField subject = new TextField("Email subject");
    final TextArea emailBody = new TextArea("Email wording");
    final TextArea textBody = new TextArea("Text message wording");
    final Button save = new Button("Save");
    final Button defaults = new Button("Back to the default wording");
    final Button cancel = new Button("Cancel");
    private final Pre emailPreview = new Pre();
    private final Pre textPreview = new Pre();
    private final Span textLength = new Span();
    private final Paragraph problem = new Paragraph();
    private final MessageTemplates templates;
    private MessageType type;

    TemplateForm(MessageTemplates templates, Consumer<Edit> onSave, Runnable onCancel) {
        this.templates = templates;
        setPadding(false);
        enabled.setId("template-enabled");
        subject.setId("template-subject");
        emailBody.setId("template-email");
        textBody.setId("template-text");
        emailPreview.setId("template-email-preview");
        textPreview.setId("template-text-preview");
        subject.setWidthFull();
        emailBody.setWidthFull();
        emailBody.setMinHeight("9em");
        textBody.setWidthFull();
        textBody.setMaxLength(MessageTemplates.MAX_TEXT_LENGTH);
        for (var field : List.of(subject, emailBody, textBody)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        subject.addValueChangeListener(e -> preview());
        emailBody.addValueChangeListener(e -> preview());
        textBody.addValueChangeListener(e -> preview());
        Paragraph help = new Paragraph("You can use " + MessageFacts.PLACEHOLDERS.stream()
                .map(p -> "{{" + p + "}}").collect(Collectors.joining(", "))
                + ". Name no diagnosis, treatment or medication: others may see the patient's phone.");
        help.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        problem.setId("template-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        for (Pre box : List.of(emailPreview, textPreview)) {
            box.getStyle().set("white-space", "pre-wrap").set("background", "var(--lumo-contrast-5pct)")
                    .set("padding", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("margin", "0").set("font-family", "var(--lumo-font-family)").set("width", "100%")
                    .set("box-sizing", "border-box");
        }
        textLength.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        save.addClickListener(e -> onSave.accept(new Edit(type, enabled.getValue(), subject.getValue(),
                emailBody.getValue(), textBody.getValue())));
        defaults.addClickListener(e -> {
            MessageTemplate original = templates.defaults(type);
            subject.setValue(original.getEmailSubject());
            emailBody.setValue(original.getEmailBody());
            textBody.setValue(original.getTextBody());
        });
        cancel.addClickListener(e -> onCancel.run());
        H4 emailHeading = new H4("Email");
        H4 textHeading = new H4("Text message");
        add(enabled, help, emailHeading, subject, emailBody, label("Preview: the email as a patient reads it"),
                emailPreview, textHeading, textBody, label("Preview: the text message"), textPreview, textLength,
                problem, new HorizontalLayout(save, defaults, cancel));
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("color", "var(--lumo-secondary-text-color)");
        return label;
    }

    void edit(MessageTemplate template) {
        type = template.getType();
        enabled.setValue(template.isEnabled());
        subject.setValue(template.getEmailSubject());
        emailBody.setValue(template.getEmailBody());
        textBody.setValue(template.getTextBody());
        problem.setText("");
        preview();
    }

    void showProblem(String message) {
        problem.setText(message);
    }

    private void preview() {
        if (type == null) {
            return;
        }
        List<String> problems = templates.problems(subject.getValue(), emailBody.getValue(), textBody.getValue());
        problem.setText(String.join(" ", problems));
        if (!problems.isEmpty()) {
            return;
        }
        RenderedMessage email = templates.preview(type, Channel.EMAIL, subject.getValue(), emailBody.getValue(),
                textBody.getValue());
        RenderedMessage text = templates.preview(type, Channel.TEXT, subject.getValue(), emailBody.getValue(),
                textBody.getValue());
        emailPreview.setText("Subject: " + email.subject() + "\n\n" + email.body());
        textPreview.setText(text.body());
        int parts = text.body().length() <= 160 ? 1 : (int) Math.ceil(text.body().length() / 153.0);
        textLength.setText(text.body().length() + " characters, " + parts + (parts == 1 ? " text" : " texts")
                + " (example names and times)");
    }
}
