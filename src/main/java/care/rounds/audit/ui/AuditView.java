package care.rounds.audit.ui;

import care.rounds.audit.AuditAction;
import care.rounds.audit.AuditCsv;
import care.rounds.audit.AuditEntry;
import care.rounds.audit.AuditFilter;
import care.rounds.audit.AuditLog;
import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.nio.charset.StandardCharsets;

/**
 * The manager's view of the audit record: who opened which patient's record, visit or summary, who
 * exported what, and sign-ins; filtered by days, user, action and patient, and downloadable as CSV.
 */
@Route("audit")
@PageTitle("Audit | Rounds")
@Menu(order = 3.9, icon = "vaadin:eye", title = "Audit")
@RolesAllowed("MANAGER")
public class AuditView extends VerticalLayout {

    private final AuditLog log;
    private final ClinicTime time;
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final TextField user = new TextField("User");
    private final Select<AuditAction> action = new Select<>();
    private final TextField patient = new TextField("Patient");
    private final Anchor csv = new Anchor();
    private final PatientDataAudit audit;

    public AuditView(AuditLog log, PatientDataAudit audit, ClinicTime time) {
        this.log = log;
        this.audit = audit;
        this.time = time;
        setSizeFull();
        from.setId("audit-from");
        from.setValue(time.today().minusDays(30));
        to.setId("audit-to");
        to.setValue(time.today());
        user.setId("audit-user");
        user.setPlaceholder("Any");
        action.setId("audit-action");
        action.setLabel("Action");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? "Any" : a.description());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Any");
        patient.setId("audit-patient");
        patient.setPlaceholder("Name or id");
        for (TextField text : new TextField[]{user, patient}) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        patient.addValueChangeListener(e -> refresh());

        csv.setText("Download CSV");
        csv.setId("audit-csv");
        HorizontalLayout filters = new HorizontalLayout(from, to, user, action, patient, csv);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addColumn(e -> time.dateTime(e.getAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::getUsername).setHeader("User").setAutoWidth(true);
        grid.addColumn(e -> e.getAction().description()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditView::subject).setHeader("Patient or export").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(AuditEntry::getAddress).setHeader("Address").setAutoWidth(true);
        grid.setEmptyStateText("No entries match these filters.");
        grid.setSizeFull();
        add(new Paragraph("Every opening of a patient's record, visit or summary, every export and every sign-in "
                + "attempt, newest first. Entries cannot be changed or deleted."), filters, grid);
        refresh();
    }

    private static String subject(AuditEntry entry) {
        String detail = entry.getDetail() == null ? "" : entry.getDetail();
        if (entry.getAction() == AuditAction.OPENED_REQUEST) {
            return detail + " (consultation request #" + entry.getSubjectId()
                    + (entry.getPatientId() == null ? "" : ", patient #" + entry.getPatientId()) + ")";
        }
        if (entry.getPatientId() == null) {
            return detail;
        }
        return detail + " (patient #" + entry.getPatientId() + (entry.getSubjectId() == null ? ""
                : ", visit #" + entry.getSubjectId()) + ")";
    }

    private AuditFilter filter() {
        return new AuditFilter(from.getValue(), to.getValue(), user.getValue(), action.getValue(), patient.getValue());
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> log.find(filter, query.getOffset(), query.getLimit()), query -> log.count(filter));
        csv.setHref(csv(filter));
    }

    /** The download is itself an export of patient data access: it is recorded too. */
    private DownloadHandler csv(AuditFilter filter) {
        return event -> {
            String range = filter.from() + "-to-" + filter.to();
            audit.exported("Audit record CSV, " + filter.from() + " to " + filter.to());
            byte[] bytes = AuditCsv.of(log.all(filter), time.zone()).getBytes(StandardCharsets.UTF_8);
            event.setFileName("rounds-audit-" + range + ".csv");
            event.setContentType("text/csv; charset=utf-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }
}
