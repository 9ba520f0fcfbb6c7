package care.rounds.security.ui;

import care.rounds.security.LoginSettings;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign in. The form posts to Spring Security; a failed attempt comes back with {@code ?error}.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Rounds")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final LoginSettings settings;

    public LoginView(LoginSettings settings) {
        this.settings = settings;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Rounds");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Your manager can reset a forgotten password "
                + "or enable a disabled login.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1("Rounds");
        title.getStyle().set("margin-bottom", "0");
        Paragraph tagline = new Paragraph("Home infusion scheduling and dispatch");
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        add(title, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle("Sign in to Rounds");
            i18n.getErrorMessage().setTitle("Too many sign-in attempts");
            String wait = DurationFormat.inWords(settings.window());
            i18n.getErrorMessage().setMessage("After " + settings.maxFailuresPerUsername() + " wrong passwords for one "
                    + "username, or many from one network, sign-in pauses for up to " + wait + ". Wait " + wait
                    + " and try again; your manager can reset a forgotten password.");
            login.setI18n(i18n);
        }
        login.setError(parameters.containsKey("error") || parameters.containsKey("throttled"));
    }
}
