package care.rounds.intake.ui;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.ListDetailLayout;
import care.rounds.intake.ConsultationCalendar;
import care.rounds.intake.ConsultationInbox;
import care.rounds.intake.ConsultationRequest;
import care.rounds.intake.RequestStatus;
import care.rounds.intake.ServiceArea;
import care.rounds.routing.Routing;
import care.rounds.intake.SpamReason;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coordinator's inbox: consultation requests newest first, filtered by status; select one to
 * call back, create the patient, book the consultation and record its outcome.
 */
@Route("consultation-requests")
@PageTitle("Consultation requests | Rounds")
@Menu(order = 0, icon = "vaadin:inbox", title = "Consultation requests")
@RolesAllowed("COORDINATOR")
public class ConsultationInboxView extends ListDetailLayout {

    private static final int SPAM_DAYS = 30;

    private final ConsultationInbox inbox;
    private final Grid<ConsultationRequest> grid = new Grid<>(ConsultationRequest.class, false);
    private final Select<RequestStatus> status = new Select<>();
    private final RequestDetail detail;
    private final PatientDataAudit audit;

    public ConsultationInboxView(ConsultationInbox inbox, ConsultationCalendar calendar, Routing routing, ClinicTime time,
                                 PatientDataAudit audit, ServiceArea serviceArea) {
        super("Select a request to see the message, note your call and book the consultation.");
        this.audit = audit;
        this.inbox = inbox;
        this.detail = new RequestDetail(inbox, calendar, time, routing::searchPlaces, this::changed, serviceArea);
        status.setId("status-filter");
        status.setLabel("Status");
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "All requests" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All requests");
        status.setValue(RequestStatus.NEW);
        status.addValueChangeListener(e -> refresh());
        grid.setId("requests-grid");
        grid.addColumn(r -> time.dateTime(r.getReceivedAt())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(ConsultationRequest::getFullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(ConsultationRequest::getPhone).setHeader("Phone").setAutoWidth(true);
        grid.addColumn(r -> r.getZip() == null ? "" : r.getZip() + serviceArea.of(r.getZip())
                .filter(ServiceArea.Verdict::outside).map(v -> " (outside our area)").orElse(""))
                .setHeader("ZIP").setAutoWidth(true);
        grid.addColumn(ConsultationRequest::getPreferredContactTime).setHeader("Best time to call").setFlexGrow(1);
        grid.addColumn(r -> r.getStatus().label()).setHeader("Status").setAutoWidth(true);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                inbox.find(e.getValue().getId()).ifPresent(this::open);
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(status);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.isUserInRole("MANAGER")) {
            toolbar.add(spamLine(inbox.stoppedBeforeTheInbox(SPAM_DAYS)));
        }
        setList(toolbar, grid);
        refresh();
    }

    /** What the public form's spam defence stopped lately: counts only, for the manager. */
    private static Span spamLine(Map<SpamReason, Integer> stopped) {
        String counts = stopped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().description())
                .collect(Collectors.joining(", "));
        Span line = new Span(counts.isEmpty() ? "Nothing stopped as spam in the last " + SPAM_DAYS + " days."
                : "Stopped before the inbox in the last " + SPAM_DAYS + " days: " + counts + ".");
        line.setId("spam-stopped");
        line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return line;
    }

    private void refresh() {
        RequestStatus shown = status.getValue();
        grid.setItems(query -> inbox.requests(shown, query.getOffset(), query.getLimit()),
                query -> inbox.count(shown));
    }

    private void open(ConsultationRequest request) {
        audit.openedRequest(request.getId(), request.getPatientId(), request.getFullName());
        detail.show(request);
        showDetail(request.getFullName(), detail);
    }

    /** After a change in the detail: show the fresh request and let the list catch up. */
    private void changed(ConsultationRequest request) {
        grid.getDataProvider().refreshAll();
        inbox.find(request.getId()).ifPresent(this::open);
    }
}
