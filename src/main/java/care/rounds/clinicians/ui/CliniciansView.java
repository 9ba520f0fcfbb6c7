package care.rounds.clinicians.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.ListDetailLayout;
import care.rounds.base.ui.Notices;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianFilter;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.RosterSaved;
import care.rounds.clinicians.Credential;
import care.rounds.routing.Routing;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The manager's roster: who works, with which credential and licences, when, and with how many kits.
 */
@Route("clinicians")
@PageTitle("Clinicians | Rounds")
@Menu(order = 3, icon = "vaadin:doctor", title = "Clinicians")
@RolesAllowed("MANAGER")
public class CliniciansView extends ListDetailLayout {

    private final ClinicianService clinicians;
    private final Grid<Clinician> grid = new Grid<>(Clinician.class, false);
    private final TextField search = new TextField();
    private final Select<Credential> credential = new Select<>();
    private final ClinicianForm form;

    public CliniciansView(ClinicianService clinicians, Routing routing, ClinicTime time) {
        super("Select a clinician to change their credential, licences, hours, time off or kits.");
        this.clinicians = clinicians;
        this.form = new ClinicianForm(time, routing::searchPlaces, this::save, this::close);
        grid.setId("clinicians-grid");
        grid.addColumn(Clinician::getFullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Clinician::getCredential).setHeader("Credential").setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", c.getLicensedStates())).setHeader("Licensed in").setAutoWidth(true);
        grid.addColumn(c -> c.getWeeklyHours().stream().map(h -> h.dayOfWeek()).sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.US)).collect(Collectors.joining(" ")))
                .setHeader("Works").setAutoWidth(true);
        grid.addColumn(Clinician::getDoseKitsPerDay).setHeader("Kits/day").setAutoWidth(true);
        grid.addColumn(c -> c.isActive() ? "Active" : "Inactive").setHeader("Status").setAutoWidth(true);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                clinicians.find(e.getValue().getId()).ifPresent(this::open);
            }
        });
        search.setPlaceholder("Search name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        credential.setItems(Credential.values());
        credential.setEmptySelectionAllowed(true);
        credential.setEmptySelectionCaption("Any credential");
        credential.addValueChangeListener(e -> refresh());
        Button add = new Button("New clinician", VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            Clinician fresh = new Clinician("", Credential.RN, "", null, 5, 4);
            fresh.setLicensedStates(java.util.Set.of("GA"));
            form.edit(fresh);
            showDetail("New clinician", form);
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-clinician");
        grid.setEmptyStateText("No clinicians match. Add the first one with New clinician.");
        setList(new HorizontalLayout(search, credential, add), grid);
        refresh();
    }

    private void refresh() {
        ClinicianFilter filter = new ClinicianFilter(search.getValue(), credential.getValue());
        grid.setItems(q -> clinicians.search(filter, q.getOffset(), q.getLimit()), q -> clinicians.count(filter));
    }

    private void open(Clinician clinician) {
        form.edit(clinician);
        showDetail(clinician.getDisplayName(), form);
    }

    private void save(Clinician clinician) {
        try {
            RosterSaved result = clinicians.saveRoster(clinician);
            Clinician saved = result.clinician();
            Notices.saved(String.join(" ", java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("Saved " + saved.getFullName() + "."), result.consequences().stream()).toList()));
            grid.getDataProvider().refreshAll();
            open(saved);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notices.problem("Someone else changed this clinician; reload to see their change. What you typed is still in the form.");
        }
    }

    private void close() {
        grid.asSingleSelect().clear();
        showEmpty();
    }
}
