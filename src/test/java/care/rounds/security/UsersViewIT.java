package care.rounds.security;

import care.rounds.KaribuTest;
import care.rounds.base.ui.NoAccessView;
import care.rounds.clinicians.Clinician;
import care.rounds.plans.ui.ProtocolsView;
import care.rounds.security.ui.UsersView;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersViewIT extends KaribuTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAccounts accounts;

    private void openAsManager() {
        signInAs("manager");
        UI.getCurrent().navigate(UsersView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<AppUser> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private void select(String username) {
        for (int i = 0; i < GridKt._size(grid()); i++) {
            if (GridKt._get(grid(), i).getUsername().equals(username)) {
                grid().select(GridKt._get(grid(), i));
                return;
            }
        }
        throw new AssertionError("No login " + username);
    }

    @Test
    @SuppressWarnings("unchecked")
    void managerCreatesAClinicianLoginWithAGeneratedPasswordThatSignsIn() {
        openAsManager();
        _click(_get(Button.class, spec -> spec.withId("new-login")));
        ComboBox<Clinician> clinician = _get(ComboBox.class, spec -> spec.withId("login-clinician"));
        Clinician chosen = ComboBoxKt.getSuggestionItems(clinician).get(0);
        String username = "nurse-" + UUID.randomUUID().toString().substring(0, 8);
        _setValue(clinician, chosen);
        _setValue(_get(TextField.class, spec -> spec.withId("login-username")), username);
        _setValue(_get(Checkbox.class, spec -> spec.withId("login-generate")), true);
        _click(_get(Button.class, spec -> spec.withId("login-create")));

        String shownOnce = _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        assertThat(shownOnce).hasSizeGreaterThanOrEqualTo(10);
        RoundsUser loaded = (RoundsUser) userDetails.loadUserByUsername(username);
        assertThat(loaded.role()).isEqualTo(Role.CLINICIAN);
        assertThat(loaded.clinicianId()).isEqualTo(chosen.getId());
        assertThat(loaded.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches(shownOnce, loaded.getPassword())).isTrue();
        assertThat(accounts.cliniciansWithLogin()).contains(chosen.getId());
    }

    @Test
    void aShortInitialPasswordIsExplainedInPlaceAndNoLoginIsCreated() {
        openAsManager();
        _click(_get(Button.class, spec -> spec.withId("new-login")));
        _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("login-role")),
                Role.COORDINATOR);
        String username = "office-" + UUID.randomUUID().toString().substring(0, 8);
        _setValue(_get(TextField.class, spec -> spec.withId("login-username")), username);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("login-password"));
        _setValue(password, "short");
        _click(_get(Button.class, spec -> spec.withId("login-create")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 10 characters; a few unrelated words make a good password.");
        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();
    }

    @Test
    void theWeakPasswordsAManagerCouldSetBeforeAreRefusedWithWhatToChange() {
        openAsManager();
        String username = "office-" + UUID.randomUUID().toString().substring(0, 8);
        for (String weak : new String[] {"aaaaaaaaaa", "password12"}) {
            _click(_get(Button.class, spec -> spec.withId("new-login")));
            _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("login-role")),
                    Role.COORDINATOR);
            _setValue(_get(TextField.class, spec -> spec.withId("login-username")), username);
            PasswordField password = _get(PasswordField.class, spec -> spec.withId("login-password"));
            _setValue(password, weak);
            _click(_get(Button.class, spec -> spec.withId("login-create")));
            assertThat(password.isInvalid()).as(weak).isTrue();
            assertThat(password.getErrorMessage()).as(weak).isEqualTo(PasswordPolicy.problemWith(username, weak).orElseThrow());
            assertThat(users.findByUsernameIgnoreCase(username)).as(weak).isEmpty();
            UI.getCurrent().navigate(UsersView.class);
        }
        assertThatThrownBy(() -> accounts.create(username, "password12", Role.COORDINATOR, null))
                .isInstanceOf(WeakPasswordException.class).hasMessageContaining("too common");
        AppUser login = accounts.create(username, "violet-harbor-lantern", Role.COORDINATOR, null);
        assertThatThrownBy(() -> accounts.resetPassword(login.getId(), "aaaaaaaaaa"))
                .isInstanceOf(WeakPasswordException.class).hasMessageContaining("Do not repeat one character");
    }

    @Test
    void resettingAPasswordAfterConfirmingChangesTheHash() {
        openAsManager();
        String username = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser login = accounts.create(username, "first-violet-lantern", Role.COORDINATOR, null);
        String before = login.getPasswordHash();
        UI.getCurrent().navigate(UsersView.class);
        select(username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password-field")), "second-harbor-lantern");
        _click(_get(Button.class, spec -> spec.withId("reset-password")));
        assertThat(users.findById(login.getId()).orElseThrow().getPasswordHash()).isEqualTo(before);

        _fireConfirm(_get(ConfirmDialog.class));
        String after = users.findById(login.getId()).orElseThrow().getPasswordHash();
        assertThat(after).isNotEqualTo(before);
        assertThat(passwordEncoder.matches("second-harbor-lantern", after)).isTrue();
    }

    @Test
    void aDisabledLoginCannotSignIn() {
        openAsManager();
        String username = "temp-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "temp-orchid-lantern", Role.COORDINATOR, null);
        UI.getCurrent().navigate(UsersView.class);
        select(username);
        _click(_get(Button.class, spec -> spec.withId("toggle-enabled")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().isEnabled()).isFalse();
        DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(userDetails);
        signIn.setPasswordEncoder(passwordEncoder);
        assertThatThrownBy(() -> signIn.authenticate(
                new UsernamePasswordAuthenticationToken(username, "temp-orchid-lantern")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aManagerCannotDisableTheirOwnLogin() {
        openAsManager();
        long me = users.findByUsernameIgnoreCase("manager").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.setEnabled(me, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("your own login");
        assertThat(users.findById(me).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void aCoordinatorCannotOpenUsersOrProtocolsNorCallTheirServices() {
        signInAs("coordinator");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(LocatorJ._find(UsersView.class)).isEmpty();
        LocatorJ._assertOne(NoAccessView.class);
        UI.getCurrent().navigate(ProtocolsView.class);
        assertThat(LocatorJ._find(ProtocolsView.class)).isEmpty();
        LocatorJ._assertOne(NoAccessView.class);
        assertThatThrownBy(() -> accounts.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(1, "some-quiet-lantern")).isInstanceOf(AccessDeniedException.class);
    }
}
