package care.rounds.intake.ui;

import care.rounds.intake.ConsultationIntake;
import care.rounds.intake.SubmissionResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The public page where someone asks for a free consultation: no login, no side navigation, the
 * clinic's name on top. Uses the same service, checks and rate limit as the JSON API.
 */
@Route(value = "consultation", autoLayout = false)
@AnonymousAllowed
public class ConsultationRequestView extends VerticalLayout implements HasDynamicTitle {

    private final ConsultationIntake intake;
    private final String clinicName;
    private final PublicRequestForm form = new PublicRequestForm();
    private final Paragraph problem = new Paragraph();
    private final Div card = new Div();

    public ConsultationRequestView(ConsultationIntake intake, @Value("${rounds.clinic.name:Rounds}") String clinicName) {
        this.intake = intake;
        this.clinicName = clinicName;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("overflow", "auto");
        card.setMaxWidth("44em");
        card.setWidthFull();
        card.getStyle().set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-s)").set("padding", "var(--lumo-space-l)")
                .set("box-sizing", "border-box").set("position", "relative");
        H1 clinic = new H1(clinicName);
        clinic.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("color", "var(--lumo-primary-text-color)");
        add(clinic, card);
        showForm();
    }

    @Override
    public String getPageTitle() {
        return "Request a free consultation | " + clinicName;
    }

    private void showForm() {
        Paragraph intro = new Paragraph("Fill out the form below and our patient coordinator will call you to talk "
                + "about treatment and schedule a free consultation with our medical team.");
        Paragraph privacy = new Paragraph("We use what you write here only to contact you about your request.");
        privacy.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        problem.setId("request-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        Button send = new Button("Send request", e -> send());
        send.setId("send-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send.setEnabled(true));
        card.removeAll();
        card.add(new H2("Request a free consultation"), intro, form, problem, send, privacy);
    }

    private void send() {
        SubmissionResult result = intake.submit(form.value(), VaadinRequest.getCurrent().getRemoteAddr());
        if (result instanceof SubmissionResult.NeedsCorrection invalid) {
            form.showErrors(invalid.errors());
            showProblem("Please correct the highlighted fields.");
        } else if (result instanceof SubmissionResult.TooManyRequests tooMany) {
            showProblem("We have received several requests from your connection in a short time. Please try again in "
                    + tooMany.retryAfterMinutes() + " minutes, or call us.");
        } else {
            showThanks();
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void showThanks() {
        H2 thanks = new H2("Thank you");
        thanks.setId("request-received");
        card.removeAll();
        card.add(thanks, new Paragraph("We have received your request. Our patient coordinator will call you soon "
                + "at the number you gave us."), new Paragraph("If you are in crisis, call or text 988 "
                + "(Suicide and Crisis Lifeline) or 911 now."));
    }
}
