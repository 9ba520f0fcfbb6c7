package care.rounds.patients.ui;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.ListDetailLayout;
import care.rounds.base.ui.Notices;
import care.rounds.base.ui.map.MapTileSettings;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.routing.Routing;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import care.rounds.base.ui.DetailSection;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The office's patient list: search by name, phone or address; select to edit; add a new patient.
 */
@Route("patients")
@PageTitle("Patients | Rounds")
@Menu(order = 2, icon = "vaadin:user-heart", title = "Patients")
@RolesAllowed("COORDINATOR")
public class PatientsView extends ListDetailLayout {

    private final PatientService patients;
    private final ClinicTime time;
    private final Grid<Patient> grid = new Grid<>(Patient.class, false);
    private final TextField search = new TextField();
    private final PatientForm form;
    private final PatientDataAudit audit;

    public PatientsView(PatientService patients, Routing routing, MapTileSettings tiles, ClinicTime time,
                        PatientDataAudit audit, ObjectProvider<DetailSection.OfPatient> sections) {
        super("Select a patient to see and edit their details, or add a new one.");
        this.patients = patients;
        this.time = time;
        this.audit = audit;
        this.form = new PatientForm(routing, tiles.tileUrl(), time.today(), this::save, this::closeDetail,
                sections.stream().map(DetailSection.class::cast).toList());
        configureGrid();
        Button add = new Button("New patient", VaadinIcon.PLUS.create(), e -> open(newPatient()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-patient");
        search.setPlaceholder("Search name, phone or address");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.addValueChangeListener(e -> refresh());
        setList(new HorizontalLayout(search, add), grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("patients-grid");
        grid.addColumn(Patient::getFullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Patient::getPhone).setHeader("Phone").setAutoWidth(true);
        grid.addColumn(Patient::getHomeAddress).setHeader("Home address").setFlexGrow(1);
        grid.addColumn(Patient::getState).setHeader("State").setAutoWidth(true);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                patients.find(e.getValue().getId()).ifPresent(this::open);
            }
        });
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> patients.search(text, query.getOffset(), query.getLimit()),
                query -> patients.count(text));
    }

    private Patient newPatient() {
        grid.asSingleSelect().clear();
        return new Patient("", null, "", "", "GA", time.now());
    }

    private void open(Patient patient) {
        if (patient.getId() != null) {
            audit.openedPatient(patient.getId(), patient.getFullName());
        }
        form.edit(patient);
        showDetail(patient.getId() == null ? "New patient" : patient.getFullName(), form);
    }

    private void save(Patient patient) {
        try {
            Patient saved = patients.save(patient);
            Notices.saved("Saved " + saved.getFullName() + ".");
            grid.getDataProvider().refreshAll();
            open(saved);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notices.problem("Someone else changed this patient; reload to see their change. What you typed is still in the form.");
        } catch (org.springframework.dao.DataIntegrityViolationException invalid) {
            Notices.problem("This patient could not be saved: a value is too long or missing. Check the fields and try again.");
        }
    }

    private void closeDetail() {
        grid.asSingleSelect().clear();
        showEmpty();
    }
}
