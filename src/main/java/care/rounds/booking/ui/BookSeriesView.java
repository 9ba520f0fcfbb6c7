package care.rounds.booking.ui;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.booking.BoosterHandoff;
import care.rounds.booking.OrderMissing;
import care.rounds.booking.SeriesBooking;
import care.rounds.clinicians.Credential;
import care.rounds.clinicians.ClinicianService;
import care.rounds.intake.TreatmentSeriesHandoff;
import care.rounds.patients.PatientService;
import care.rounds.planning.SlotOption;
import care.rounds.visits.ClinicalRuleBroken;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/**
 * Books a treatment series: ask, see the planner's recommended slot for every infusion, accept or
 * pick another, confirm, print the patient's summary.
 */
@Route("plans/new")
@PageTitle("Book a series | Rounds")
@Menu(order = 4, icon = "vaadin:calendar-user", title = "Book a series")
@RolesAllowed("COORDINATOR")
public class BookSeriesView extends VerticalLayout {

    private final SeriesBooking booking;
    private final ClinicTime time;
    private final PatientDataAudit audit;
    private final SeriesForm form;
    private final OrderForm order;
    private final SlotChooser slots;
    private final Button find = new Button("Create series and find slots");
    private final Button confirm = new Button("Confirm booking");
    private final Button discard = new Button("Discard series");
    private final VerticalLayout result = new VerticalLayout();
    private final Span refusal = new Span();
    private final TextField timingException = new TextField("Reason for a timing exception");
    private List<InfusionVisit> created = List.of();

    public BookSeriesView(SeriesBooking booking, PatientService patients, ClinicianService clinicians, ClinicTime time,
                          PatientDataAudit audit) {
        this.booking = booking;
        this.time = time;
        this.audit = audit;
        this.form = new SeriesForm(booking.protocols(), clinicians.active(), time.today());
        this.slots = new SlotChooser(time, kept -> booking.advise(created, kept));
        this.order = new OrderForm(clinicians.active().stream()
                .filter(c -> c.getCredential() == Credential.MD || c.getCredential() == Credential.NP).toList(), time.today());
        form.patient.setItems(query -> patients.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        TreatmentSeriesHandoff.take().flatMap(patients::find).ifPresent(form.patient::setValue);
        takeBooster(patients);

        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.setId("find-slots");
        find.setDisableOnClick(true);
        find.addClickListener(e -> findSlots());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setId("confirm-series");
        confirm.addClickListener(e -> confirm());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> askToDiscard());
        slots.setVisible(false);
        refusal.setId("booking-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        timingException.setId("booking-timing-exception");
        timingException.setMaxLength(500);
        timingException.setWidth("32rem");
        timingException.setHelperText("Only a timing rule (gap between infusions, window) can be excepted; "
                + "the reason is kept in each visit's history");
        timingException.setVisible(false);
        setConfirmVisible(false);
        add(new Paragraph("The planner proposes a clinician and a time for each infusion, keeping the rest of the "
                + "schedule as it is and the series with as few clinicians as it can. When an infusion's best day is "
                + "full it offers the nearest days the protocol's spacing allows. Accept the proposals or pick another "
                + "option (the infusions after it are proposed again from your choice), then confirm."), form, order, find, slots,
                refusal, timingException, new HorizontalLayout(confirm, discard), result);
        setMaxWidth("1100px");
    }

    private void findSlots() {
        var ordered = order.order();
        form.request().filter(r -> ordered.isPresent()).ifPresentOrElse(request -> {
            try {
                created = booking.create(request, ordered.get());
                refusal.setVisible(false);
                order.setEnabled(false);
                slots.show(created, booking.advise(created, Map.of()));
                slots.setVisible(true);
                form.setEnabled(false);
                find.setVisible(false);
                setConfirmVisible(true);
            } catch (OrderMissing missing) {
                showRefusal(missing.getMessage());
                find.setEnabled(true);
            } catch (IllegalArgumentException problem) {
                Notices.problem(problem.getMessage());
                find.setEnabled(true);
            }
        }, () -> find.setEnabled(true));
    }

    private void confirm() {
        var chosen = slots.chosen();
        List<InfusionVisit> booked;
        try {
            booked = booking.confirm(chosen, timingException.isVisible() ? timingException.getValue() : null);
        } catch (ClinicalRuleBroken refused) {
            refusal.setText(refused.getMessage());
            refusal.setVisible(true);
            timingException.setVisible(refused.exceptionPossible());
            return;
        } catch (IllegalArgumentException missing) {
            // the first infusion needs the responsible adult on the patient's record
            refusal.setText(missing.getMessage());
            refusal.setVisible(true);
            timingException.setVisible(false);
            return;
        }
        refusal.setVisible(false);
        timingException.setVisible(false);
        Notices.saved("Booked " + booked.size() + " of " + created.size() + " infusions.");
        setConfirmVisible(false);
        slots.setEnabled(false);
        result.removeAll();
        audit.openedSummary(form.patient.getValue().getId(), form.patient.getValue().getFullName());
        result.add(new PatientSummary(time, form.patient.getValue().getFullName(),
                form.protocol.getValue().getName(), booked, created.size()));
    }

    /** Opened from "Boosters due": the patient and the booster protocol are chosen already. */
    private void takeBooster(PatientService patients) {
        BoosterHandoff.take().ifPresent(booster -> {
            patients.find(booster.patientId()).ifPresent(form.patient::setValue);
            form.protocol.getListDataView().getItems().filter(p -> p.getId() == booster.protocolId()).findFirst()
                    .ifPresent(form.protocol::setValue);
        });
    }

    /** A refusal stays on the screen, next to the button, until the coordinator tries again. */
    private void showRefusal(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private void askToDiscard() {
        ConfirmDialog dialog = new ConfirmDialog("Discard this series?",
                "The plan and its " + created.size() + " infusions are cancelled; nothing is booked.", "Discard",
                e -> {
                    booking.discard(created.get(0).getPlan().getId());
                    Notices.saved("Series discarded.");
                    getUI().ifPresent(ui -> ui.getPage().reload());
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void setConfirmVisible(boolean visible) {
        confirm.setVisible(visible);
        discard.setVisible(visible);
    }

    List<SlotOption> optionsShown(long visitId) {
        return slots.options(visitId);
    }

    /** The sentence shown under an infusion's options (why another day, which rule limits it), or null. */
    String noteShown(long visitId) {
        return slots.note(visitId);
    }

    /** Chooses an option for an infusion as the coordinator does; the infusions after it are advised again. */
    void chooseShown(long visitId, SlotOption option) {
        slots.choose(visitId, option);
    }
}
