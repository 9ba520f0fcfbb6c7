package care.rounds.security.ui;

import care.rounds.clinicians.Clinician;
import care.rounds.security.Role;
import care.rounds.security.PasswordPolicy;
import care.rounds.security.UserAccounts;
import care.rounds.security.WeakPasswordException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

/**
 * A new login: for a clinician on the roster who has none yet, or for the office (coordinator, manager).
 * The initial password is typed by the manager or generated; a generated one is shown once.
 */
class NewLoginForm extends VerticalLayout {

    /** What the manager asked for; {@code password} null means generate one. */
    record Request(String username, Role role, Long clinicianId, String password) {
    }

    /** Creates the login and returns its initial password, or throws IllegalArgumentException with the reason. */
    interface Creator {
        String create(Request request);
    }

    private final Select<Role> role = new Select<>();
    private final ComboBox<Clinician> clinician = new ComboBox<>("Clinician");
    private final TextField username = new TextField("Username");
    private final Checkbox generate = new Checkbox("Generate a password");
    private final PasswordField password = new PasswordField("Initial password");

    NewLoginForm(List<Clinician> withoutLogin, Creator creator, Runnable onCancel) {
        setPadding(false);
        role.setLabel("Role");
        role.setId("login-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::title);
        role.setValue(Role.CLINICIAN);
        clinician.setId("login-clinician");
        clinician.setItems(withoutLogin);
        clinician.setItemLabelGenerator(Clinician::getDisplayName);
        clinician.setHelperText(withoutLogin.isEmpty() ? "Every clinician on the roster has a login already"
                : "Clinicians on the roster without a login");
        username.setId("login-username");
        username.setManualValidation(true);
        password.setId("login-password");
        password.setManualValidation(true);
        clinician.setManualValidation(true);
        password.setHelperText("At least " + UserAccounts.minPasswordLength() + " characters, not a common password");
        generate.setId("login-generate");
        role.addValueChangeListener(e -> clinician.setVisible(e.getValue() == Role.CLINICIAN));
        generate.addValueChangeListener(e -> password.setEnabled(!e.getValue()));

        Button create = new Button("Create login", e -> submit(creator));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("login-create");
        FormLayout form = new FormLayout(role, clinician, username, password, generate);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));
        add(form, new HorizontalLayout(create, new Button("Cancel", e -> onCancel.run())));
    }

    private void submit(Creator creator) {
        boolean valid = require(username, username.getValue().isBlank() ? "Enter a username." : null);
        if (role.getValue() == Role.CLINICIAN) {
            valid &= clinicianChosen();
        }
        String typed = generate.getValue() ? null : password.getValue();
        if (typed != null) {
            valid &= require(password, PasswordPolicy.problemWith(username.getValue(), typed).orElse(null));
        }
        if (!valid) {
            return;
        }
        try {
            creator.create(new Request(username.getValue().strip(), role.getValue(),
                    role.getValue() == Role.CLINICIAN ? clinician.getValue().getId() : null, typed));
        } catch (WeakPasswordException weak) {
            require(password, weak.getMessage());
        } catch (IllegalArgumentException refused) {
            require(username, refused.getMessage());
        }
    }

    private boolean clinicianChosen() {
        clinician.setInvalid(clinician.getValue() == null);
        clinician.setErrorMessage("Choose the clinician this login is for.");
        return clinician.getValue() != null;
    }

    private static boolean require(TextField field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
        return problem == null;
    }

    private static boolean require(PasswordField field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
        return problem == null;
    }
}
