package care.rounds.security.ui;

import care.rounds.base.ui.ListDetailLayout;
import care.rounds.base.ui.Notices;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianFilter;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.AppUser;
import care.rounds.security.UserAccounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The manager's logins: who may sign in, with which role, and for which clinician on the roster.
 */
@Route("users")
@PageTitle("Users and roles | Rounds")
@Menu(order = 3.7, icon = "vaadin:key", title = "Users and roles")
@RolesAllowed("MANAGER")
public class UsersView extends ListDetailLayout {

    private final UserAccounts accounts;
    private final ClinicianService clinicians;
    private final Grid<AppUser> grid = new Grid<>(AppUser.class, false);
    private Map<Long, Clinician> roster = Map.of();

    public UsersView(UserAccounts accounts, ClinicianService clinicians) {
        super("Select a login to reset its password or to disable it.");
        this.accounts = accounts;
        this.clinicians = clinicians;
        grid.setId("users-grid");
        grid.addColumn(AppUser::getUsername).setHeader("Username").setAutoWidth(true);
        grid.addColumn(u -> u.getRole().title()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(this::clinicianName).setHeader("Clinician").setAutoWidth(true);
        grid.addColumn(u -> u.isEnabled() ? "Enabled" : "Disabled").setHeader("Status").setAutoWidth(true);
        grid.setSizeFull();
        grid.setEmptyStateText("No logins yet. Add one with New login.");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
        Button add = new Button("New login", VaadinIcon.PLUS.create(), e -> newLogin());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-login");
        setList(new HorizontalLayout(add), grid);
        refresh();
    }

    private void refresh() {
        ClinicianFilter everyone = new ClinicianFilter("", null);
        roster = clinicians.search(everyone, 0, Math.max(1, clinicians.count(everyone)))
                .collect(Collectors.toMap(Clinician::getId, Function.identity()));
        grid.setItems(accounts.all());
    }

    private String clinicianName(AppUser user) {
        Clinician c = user.getClinicianId() == null ? null : roster.get(user.getClinicianId());
        return c == null ? "" : c.getFullName();
    }

    private void newLogin() {
        grid.asSingleSelect().clear();
        Set<Long> taken = accounts.cliniciansWithLogin();
        var withoutLogin = roster.values().stream().filter(c -> !taken.contains(c.getId()))
                .sorted(Comparator.comparing(Clinician::getFullName)).toList();
        showDetail("New login", new NewLoginForm(withoutLogin, request -> {
            String password = request.password() == null ? accounts.generatePassword() : request.password();
            AppUser created = accounts.create(request.username(), password, request.role(), request.clinicianId());
            Notices.saved("Created the login " + created.getUsername() + ".");
            refresh();
            showPassword(created, request.password() == null ? password : null);
            return password;
        }, this::close));
    }

    private void open(AppUser user) {
        showDetail(user.getUsername(), new LoginDetail(user, clinicianName(user), this::resetPassword,
                enabled -> setEnabled(user, enabled)));
    }

    private void resetPassword(AppUser user, String typed) {
        String password = accounts.resetPassword(user.getId(), typed == null ? accounts.generatePassword() : typed);
        Notices.saved("The password of " + user.getUsername() + " is changed.");
        showPassword(user, typed == null ? password : null);
    }

    private void setEnabled(AppUser user, boolean enabled) {
        try {
            AppUser saved = accounts.setEnabled(user.getId(), enabled);
            Notices.saved(saved.getUsername() + (enabled ? " can sign in again." : " can no longer sign in."));
            refresh();
            open(saved);
        } catch (IllegalArgumentException refused) {
            Notices.problem(refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notices.problem("Someone else changed this login; reload to see their change.");
        }
    }

    /** A generated password is shown here once; it is never stored in the clear or shown again. */
    private void showPassword(AppUser user, String generatedOrNull) {
        open(user);
        if (generatedOrNull != null) {
            Span password = new Span(generatedOrNull);
            password.setId("one-time-password");
            password.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
            Div box = new Div(new Paragraph("Give this password to " + user.getUsername() + " now; it is not shown "
                    + "again. They sign in with it at once."), password);
            box.getElement().getThemeList().add("badge success");
            box.getStyle().set("padding", "var(--lumo-space-m)").set("display", "block");
            showDetail(user.getUsername(), box);
            box.add(new Button("Done", e -> open(user)));
        }
    }

    private void close() {
        grid.asSingleSelect().clear();
        showEmpty();
    }
}
