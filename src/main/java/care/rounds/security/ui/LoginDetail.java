package care.rounds.security.ui;

import care.rounds.security.AppUser;
import care.rounds.security.Role;
import care.rounds.security.PasswordPolicy;
import care.rounds.security.UserAccounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One login: who it is, and the two things a manager does to it: reset the password, disable or enable.
 * Both ask first.
 */
class LoginDetail extends VerticalLayout {

    private final PasswordField newPassword = new PasswordField("New password");

    /**
     * @param onReset  the new password, or null to generate one
     * @param onEnable true to enable, false to disable
     */
    LoginDetail(AppUser user, String clinicianName, BiConsumer<AppUser, String> onReset,
                Consumer<Boolean> onEnable) {
        setPadding(false);
        add(new Paragraph(user.getRole().title() + (user.getRole() == Role.CLINICIAN ? " - " + clinicianName : "")
                + (user.isEnabled() ? ". Can sign in." : ". Disabled: cannot sign in.")));

        newPassword.setId("reset-password-field");
        newPassword.setManualValidation(true);
        newPassword.setHelperText("Leave empty to generate one. At least " + UserAccounts.minPasswordLength()
                + " characters, not a common password.");
        Button reset = new Button("Reset password…", e -> {
            String typed = newPassword.getValue();
            String problem = typed.isEmpty() ? null : PasswordPolicy.problemWith(user.getUsername(), typed).orElse(null);
            if (problem != null) {
                newPassword.setInvalid(true);
                newPassword.setErrorMessage(problem);
                return;
            }
            newPassword.setInvalid(false);
            confirm("Reset the password of " + user.getUsername() + "?",
                    "The old password stops working at once. " + (typed.isEmpty()
                            ? "A new one is generated and shown to you once." : "Give them the password you typed."),
                    "Reset password", () -> onReset.accept(user, typed.isEmpty() ? null : typed));
        });
        reset.setId("reset-password");

        Button enable = new Button(user.isEnabled() ? "Disable login…" : "Enable login", e -> {
            if (user.isEnabled()) {
                confirm("Disable " + user.getUsername() + "?", "They can no longer sign in until a manager "
                        + "enables the login again.", "Disable", () -> onEnable.accept(false));
            } else {
                onEnable.accept(true);
            }
        });
        enable.setId("toggle-enabled");
        if (user.isEnabled()) {
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        HorizontalLayout passwordRow = new HorizontalLayout(newPassword, reset);
        passwordRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H3("Password"), passwordRow, new H3("Access"), enable);
    }

    private static void confirm(String header, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, e -> onConfirm.run());
        dialog.setId("login-confirm");
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
