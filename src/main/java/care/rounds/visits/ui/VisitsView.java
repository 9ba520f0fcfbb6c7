package care.rounds.visits.ui;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.ListDetailLayout;
import care.rounds.base.ui.Notices;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.CurrentUser;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitFilter;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import care.rounds.base.ui.DetailSection;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.LocalDate;

/**
 * Infusion visits over a range of days. The office sees every visit and can filter by clinician;
 * a clinician sees only their own.
 */
@Route("visits")
@RouteAlias("")
@PageTitle("Visits | Rounds")
@Menu(order = 1, icon = "vaadin:calendar-clock", title = "Visits")
@RolesAllowed({"COORDINATOR", "CLINICIAN"})
public class VisitsView extends ListDetailLayout {

    private final VisitService visits;
    private final ClinicTime time;
    private final Grid<InfusionVisit> grid = new Grid<>(InfusionVisit.class, false);
    private final DatePicker from = new DatePicker("From");
    private final Select<Integer> days = new Select<>();
    private final ComboBox<Clinician> clinician = new ComboBox<>("Clinician");
    private final MultiSelectComboBox<VisitStatus> statuses = new MultiSelectComboBox<>("Status");
    private final TextField patient = new TextField("Patient");
    private final VisitDetail detail;
    private final VisitChanges changes;
    private final ClinicianService clinicians;
    private final boolean office;
    private final PatientDataAudit audit;

    public VisitsView(VisitService visits, VisitChanges changes, ClinicianService clinicians, CurrentUser currentUser,
                      ClinicTime time, PatientDataAudit audit, ObjectProvider<DetailSection.OfVisit> sections) {
        super("Select a visit to see where and when it is.");
        this.visits = visits;
        this.changes = changes;
        this.clinicians = clinicians;
        this.time = time;
        this.audit = audit;
        this.office = currentUser.isOffice();
        this.detail = new VisitDetail(time, office, this::save, this::reschedule, this::cancel);
        sections.forEach(detail::addSection);

        from.setValue(time.today());
        days.setLabel("Days");
        days.setItems(1, 7, 14, 28);
        days.setValue(14);
        days.setItemLabelGenerator(d -> d == 1 ? "1 day" : d + " days");
        statuses.setItems(VisitStatus.values());
        statuses.setItemLabelGenerator(VisitStatus::label);
        statuses.setPlaceholder("Any");
        patient.setPlaceholder("Name");
        patient.setValueChangeMode(ValueChangeMode.LAZY);
        patient.setClearButtonVisible(true);
        patient.setPrefixComponent(VaadinIcon.SEARCH.create());
        HorizontalLayout toolbar = new HorizontalLayout(from, days, statuses, patient);
        if (office) {
            clinician.setItems(clinicians.active());
            clinician.setItemLabelGenerator(Clinician::getDisplayName);
            clinician.setClearButtonVisible(true);
            clinician.setPlaceholder("Everyone");
            toolbar.addComponentAtIndex(2, clinician);
            clinician.addValueChangeListener(e -> refresh());
        }
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        from.addValueChangeListener(e -> refresh());
        days.addValueChangeListener(e -> refresh());
        statuses.addValueChangeListener(e -> refresh());
        patient.addValueChangeListener(e -> refresh());
        configureGrid();
        grid.setEmptyStateText(office
                ? "No visits match these filters. Widen the date range or clear a filter."
                : "No visits on your route in these days. When visits are planned for you, they appear here.");
        setList(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("visits-grid");
        grid.addColumn(v -> time.dateTime(v.getEarliestStart()) + " - " + time.time(v.getLatestStart()))
                .setHeader("Window (start)").setAutoWidth(true);
        grid.addColumn(v -> v.getPlan().getPatient().getFullName()).setHeader("Patient").setAutoWidth(true);
        grid.addColumn(v -> v.getSequenceNumber() + " of " + v.getPlan().getProtocol().getInfusionCount())
                .setHeader("Infusion").setAutoWidth(true);
        grid.addColumn(v -> v.getClinician() == null ? "Unassigned" : v.getClinician().getDisplayName())
                .setHeader("Clinician").setAutoWidth(true);
        grid.addColumn(v -> v.getPlannedStart() == null ? "-" : time.time(v.getPlannedStart()))
                .setHeader("Planned").setAutoWidth(true);
        grid.addComponentColumn(v -> badge(v.getStatus())).setHeader("Status").setAutoWidth(true);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                visits.find(e.getValue().getId()).ifPresent(this::open);
            }
        });
    }

    private static Span badge(VisitStatus status) {
        Span badge = new Span(status.label());
        String theme = switch (status) {
            case DONE -> "badge success";
            case CANCELLED, NOT_HOME -> "badge error";
            case UNSCHEDULED -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private VisitFilter filter() {
        LocalDate start = from.getValue() == null ? time.today() : from.getValue();
        int range = days.getValue() == null ? 14 : days.getValue();
        Clinician chosen = clinician.getValue();
        return new VisitFilter(time.startOf(start),
                time.startOf(start.plusDays(range)),
                chosen == null ? null : chosen.getId(), statuses.getValue(), patient.getValue());
    }

    private void refresh() {
        VisitFilter filter = filter();
        grid.setItems(query -> visits.search(filter, query.getOffset(), query.getLimit()),
                query -> visits.count(filter));
    }

    private void open(InfusionVisit visit) {
        audit.openedVisit(visit.getId(), visit.getPlan().getPatient().getId(), visit.getPlan().getPatient().getFullName());
        detail.show(visit);
        if (office) {
            detail.showHistory(changes.history(visit.getId()));
        }
        showDetail(visit.getPlan().getPatient().getFullName(), detail);
    }

    private void reschedule(InfusionVisit visit) {
        new RescheduleDialog(changes, clinicians.active(), time, visit, () -> changed(visit, "Visit rescheduled."))
                .open();
    }

    private void cancel(InfusionVisit visit) {
        new CancelVisitDialog(changes, visit, time.dateTime(visit.getEarliestStart()),
                () -> changed(visit, "Visit cancelled.")).open();
    }

    private void changed(InfusionVisit visit, String notice) {
        Notices.saved(notice);
        grid.getDataProvider().refreshAll();
        visits.find(visit.getId()).ifPresent(this::open);
    }

    private void save(VisitDetail.Edit edit) {
        try {
            InfusionVisit saved = edit.visit();
            if (edit.status() != saved.getStatus()) {
                saved = visits.recordStatus(saved.getId(), edit.status());
            }
            saved = changes.changeLength(saved.getId(), saved.getVersion(), edit.minutes(), null);
            saved = changes.pin(saved.getId(), saved.getVersion(), edit.pinned());
            Notices.saved("Visit saved.");
            grid.getDataProvider().refreshAll();
            open(saved);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notices.problem("Someone else changed this visit; reload to see their change. Your changes are still in the form.");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notices.problem(refused.getMessage());
        }
    }
}
