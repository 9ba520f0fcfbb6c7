package care.rounds.intake.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.Place;
import care.rounds.base.ui.Notices;
import care.rounds.intake.ConsultationCalendar;
import care.rounds.intake.ConsultationInbox;
import care.rounds.intake.ConsultationRequest;
import care.rounds.intake.RequestStatus;
import care.rounds.intake.ServiceArea;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One request: what the person wrote, the coordinator's call notes and status, the patient made from
 * it and its consultations.
 */
class RequestDetail extends VerticalLayout {

    private final ConsultationInbox inbox;
    private final ConsultationCalendar calendar;
    private final ClinicTime time;
    private final BiFunction<String, Integer, List<Place>> addressSearch;
    private final Consumer<ConsultationRequest> onChanged;
    private final ServiceArea serviceArea;

    RequestDetail(ConsultationInbox inbox, ConsultationCalendar calendar, ClinicTime time,
                  BiFunction<String, Integer, List<Place>> addressSearch, Consumer<ConsultationRequest> onChanged,
                  ServiceArea serviceArea) {
        this.inbox = inbox;
        this.serviceArea = serviceArea;
        this.addressSearch = addressSearch;
        this.calendar = calendar;
        this.time = time;
        this.onChanged = onChanged;
        setPadding(false);
    }

    void show(ConsultationRequest request) {
        removeAll();
        add(facts(request), callNotes(request), statusActions(request), new H3("Patient"),
                new PatientSection(inbox, addressSearch, request, onChanged), new H3("Consultation"),
                new ConsultationsSection(calendar, time, request, onChanged));
    }

    private FormLayout facts(ConsultationRequest request) {
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));
        facts.addFormItem(new Span(request.getStatus().label()), "Status").setId("request-status");
        facts.addFormItem(new Span(time.dateTime(request.getReceivedAt())), "Received");
        facts.addFormItem(new Span(request.getPhone()), "Phone");
        facts.addFormItem(new Span(orDash(request.getEmail())), "Email");
        facts.addFormItem(zip(request), "ZIP code");
        facts.addFormItem(new Span(orDash(request.getPreferredContactTime())), "Best time to call");
        facts.addFormItem(new Span(request.isConsentToContact() ? "Yes" : "No"), "Consents to contact");
        Span message = new Span(orDash(request.getMessage()));
        message.getStyle().set("white-space", "pre-wrap");
        facts.setColspan(facts.addFormItem(message, "Message"), 2);
        return facts;
    }

    private VerticalLayout callNotes(ConsultationRequest request) {
        TextArea notes = new TextArea("Call notes");
        notes.setId("call-notes");
        notes.setWidthFull();
        notes.setMaxLength(4000);
        notes.setValue(request.getCallNotes() == null ? "" : request.getCallNotes());
        Button save = new Button("Save notes", e -> change(() -> inbox.saveCallNotes(request.getId(), notes.getValue()),
                "Call notes saved."));
        save.setId("save-call-notes");
        VerticalLayout box = new VerticalLayout(notes, save);
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout statusActions(ConsultationRequest request) {
        HorizontalLayout actions = new HorizontalLayout();
        if (request.getStatus() == RequestStatus.HELD) {
            Button release = new Button("Move to the inbox",
                    e -> change(() -> inbox.changeStatus(request.getId(), RequestStatus.NEW), "Moved to the inbox as new."));
            release.setId("release-held");
            actions.add(release);
        }
        if (request.getStatus() == RequestStatus.NEW) {
            Button contacted = new Button("Mark as contacted",
                    e -> change(() -> inbox.changeStatus(request.getId(), RequestStatus.CONTACTED), "Marked as contacted."));
            contacted.setId("mark-contacted");
            actions.add(contacted);
        }
        if (request.getStatus() == RequestStatus.DECLINED) {
            Button reopen = new Button("Reopen",
                    e -> change(() -> inbox.changeStatus(request.getId(), RequestStatus.CONTACTED), "Request reopened."));
            reopen.setId("reopen");
            actions.add(reopen);
        } else {
            Button decline = new Button("Decline", e -> confirmDecline(request));
            decline.setId("decline");
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(decline);
        }
        return actions;
    }

    private void confirmDecline(ConsultationRequest request) {
        ConfirmDialog confirm = new ConfirmDialog("Decline this request?",
                "The request leaves the list of new and open requests. You can reopen it later.",
                "Decline", e -> change(() -> inbox.changeStatus(request.getId(), RequestStatus.DECLINED), "Request declined."));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void change(java.util.function.Supplier<ConsultationRequest> action, String done) {
        try {
            ConsultationRequest changed = action.get();
            Notices.saved(done);
            onChanged.accept(changed);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notices.problem("Someone else changed this request just now; select it again to see their change.");
        }
    }

    /** The ZIP code, with "Outside our service area" in red when it is, so the call can start with it. */
    private Span zip(ConsultationRequest request) {
        Span zip = new Span(orDash(request.getZip()));
        zip.setId("request-zip");
        serviceArea.of(request.getZip()).ifPresent(verdict -> {
            Span words = new Span(verdict.words());
            words.setId("request-service-area");
            words.getElement().getThemeList().add(verdict.outside() ? "badge error" : "badge success");
            words.getStyle().set("margin-left", "var(--lumo-space-s)");
            zip.add(words);
        });
        return zip;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
