package care.rounds.intake.ui;

import care.rounds.base.ClinicTime;
import care.rounds.intake.Consultation;
import care.rounds.intake.ConsultationCalendar;
import care.rounds.intake.ConsultationOutcome;
import care.rounds.intake.ConsultationRequest;
import care.rounds.intake.TreatmentSeriesHandoff;
import care.rounds.visits.VisitStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteConfiguration;

import java.util.List;
import java.util.function.Consumer;

/**
 * The request's consultations with their outcomes, booking another one, and, once a patient is
 * found eligible, the way on to booking their treatment series.
 */
class ConsultationsSection extends VerticalLayout {

    private final ClinicTime time;

    ConsultationsSection(ConsultationCalendar calendar, ClinicTime time, ConsultationRequest request,
                         Consumer<ConsultationRequest> onChanged) {
        this.time = time;
        setPadding(false);
        setSpacing(false);
        Runnable refresh = () -> onChanged.accept(request);
        List<Consultation> booked = calendar.ofRequest(request.getId());
        if (booked.isEmpty()) {
            add(new Paragraph("No consultation booked yet."));
        }
        booked.forEach(c -> add(row(calendar, c, refresh)));
        Button book = new Button("Book consultation", VaadinIcon.CALENDAR_USER.create(),
                e -> new BookConsultationDialog(calendar, time, request, onChanged).open());
        book.setId("book-consultation");
        book.setEnabled(request.getPatientId() != null);
        book.setTooltipText(request.getPatientId() == null ? "Create the patient first" : null);
        add(book);
    }

    private Div row(ConsultationCalendar calendar, Consultation consultation, Runnable refresh) {
        Span what = new Span(consultation.getKind().isCall() ? call(consultation) : inHome(calendar, consultation));
        what.addClassName("consultation-what");
        Span outcome = new Span(consultation.getOutcome() == null ? "No outcome yet" : "Outcome: "
                + consultation.getOutcome().label() + (consultation.getNotes() == null ? "" : ". " + consultation.getNotes()));
        outcome.addClassName("consultation-outcome");
        outcome.getStyle().set("color", "var(--lumo-secondary-text-color)").set("display", "block");
        Button record = new Button(consultation.getOutcome() == null ? "Record outcome" : "Change outcome",
                e -> new OutcomeDialog(calendar, consultation, refresh).open());
        record.addClassName("record-outcome");
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(record);
        if (consultation.getOutcome() == ConsultationOutcome.ELIGIBLE && seriesBookingAvailable()) {
            Button series = new Button("Book treatment series", VaadinIcon.ARROW_RIGHT.create(), e -> {
                TreatmentSeriesHandoff.offer(consultation.getPatientId());
                UI.getCurrent().navigate(TreatmentSeriesHandoff.ROUTE);
            });
            series.setId("book-treatment-series");
            series.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(series);
        }
        Div row = new Div(what, outcome, actions);
        row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    private String call(Consultation consultation) {
        String who = consultation.getClinician() == null ? "clinician to be assigned"
                : consultation.getClinician().getDisplayName();
        return consultation.getKind().label() + " with " + who + ", " + time.dateTime(consultation.getStartsAt())
                + " (" + consultation.getDurationMinutes() + " min)";
    }

    /** The assessment's arrival window, and where the planner put it: "planned for Tue Dec 1, 10:15 AM with ...". */
    private String inHome(ConsultationCalendar calendar, Consultation consultation) {
        String window = consultation.getKind().label() + ", " + time.dateTime(consultation.getStartsAt());
        String minutes = " (" + consultation.getDurationMinutes() + " min): ";
        return calendar.visitOf(consultation).map(visit -> {
            String arrival = window + " - " + time.time(visit.getLatestStart()) + minutes;
            if (visit.getStatus() == VisitStatus.CANCELLED) {
                return arrival + "cancelled";
            }
            if (visit.getClinician() != null && visit.getPlannedStart() != null) {
                return arrival + "planned for " + time.dateTime(visit.getPlannedStart()) + " with "
                        + visit.getClinician().getDisplayName();
            }
            return arrival + "waiting for the planner";
        }).orElse(window + minutes + "not on a route");
    }

    /** The treatment series screen is built elsewhere; until it exists the button stays away. */
    private static boolean seriesBookingAvailable() {
        return RouteConfiguration.forSessionScope().getRoute(TreatmentSeriesHandoff.ROUTE).isPresent();
    }
}
