package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.GeoPoint;
import care.rounds.patients.Patient;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitLogEntry;
import care.rounds.visits.VisitService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import java.util.List;
import java.util.Locale;

/** One stop of a clinician's day: when, where and how to get there, who to call, what to bring. */
class StopCard extends Div {

    private final Div adult = new Div();

    /** A stop of today, with the status buttons. */
    StopCard(int number, InfusionVisit visit, List<VisitLogEntry> log, VisitService visits, ClinicTime time,
             KitChoice kitChoice) {
        this(number, visit, time);
        add(new StatusButtons(visit, log, visits, time, kitChoice, this::showAdult));
    }

    /** A stop of a coming day: everything to prepare, no status yet. */
    StopCard(int number, InfusionVisit visit, ClinicTime time) {
        Patient patient = visit.getPlan().getPatient();
        setId("stop-" + visit.getId());
        addClassName("stop-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        add(new H4(number + ". " + time.time(visit.getPlannedStart()) + "  " + patient.getFullName()));
        add(line(patient.getHomeAddress()));
        GeoPoint home = patient.getHomeLocation();
        if (home != null) {
            add(directions(home));
        }
        add(new Div(new Span("Phone: "), call(patient.getPhone())));
        adult.setId("stop-adult-" + visit.getId());
        add(adult);
        showAdult(visit);
        if (patient.getAccessNotes() != null && !patient.getAccessNotes().isBlank()) {
            add(line("Access: " + patient.getAccessNotes()));
        }
        boolean assessment = visit.getPlan().getProtocol().isAssessment();
        add(line((assessment ? "In-home assessment: no dose kit." : "Bring 1 dose kit.")
                + " About " + ClinicTime.duration(visit.getDuration()) + " at the home"
                + (assessment ? "." : ", at least " + visit.getPlan().getProtocol().getMinMonitoringMinutes()
                + " min monitoring after the infusion.")));
        if (!assessment) {
            add(order(visit, time));
        }
    }

    /** Who stays with the patient, and whether the clinician confirmed them at the home. */
    private void showAdult(InfusionVisit visit) {
        adult.removeAll();
        Patient patient = visit.getPlan().getPatient();
        String onFile = patient.responsibleAdultInWords();
        if (visit.getAdultConfirmed() != null) {
            adult.add(new Span("Responsible adult: " + visit.getAdultConfirmed() + ", confirmed at the home ✓"));
        } else if (onFile != null) {
            adult.add(new Span("Responsible adult: " + onFile + ", "), call(patient.getResponsibleAdultPhone()),
                    new Span(". Confirm they are there when you arrive."));
        } else if (visit.getPlan().getProtocol().isAssessment()) {
            adult.add(new Span("Responsible adult: none on file (not needed for the assessment)."));
        } else {
            adult.add(new Span("Responsible adult: none on file. Call the office before you start."));
        }
    }

    /** The physician's order the clinician gives the infusion under: the dose in mg first, then how it follows. */
    private static Span order(InfusionVisit visit, ClinicTime time) {
        Span line = visit.getPlan().getOrder().map(order -> line("Dose: " + order.doseMg().toPlainString() + " mg ("
                        + order.doseInWords() + "), ordered by " + order.getOrderedBy().getDisplayName() + " on "
                        + time.date(order.getOrderedOn()) + "."))
                .orElseGet(() -> line("Dose: no physician's order on file. Call the office before you start."));
        line.addClassName("stop-order");
        line.getStyle().set("font-weight", "600");
        return line;
    }

    private static FlexLayout directions(GeoPoint home) {
        String at = String.format(Locale.ROOT, "%.6f,%.6f", home.latitude(), home.longitude());
        FlexLayout links = new FlexLayout(
                link("Google Maps", "https://www.google.com/maps/dir/?api=1&destination=" + at),
                link("Apple Maps", "https://maps.apple.com/?daddr=" + at),
                link("Other app", "geo:" + at));
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-m)");
        return links;
    }

    private static Anchor link(String text, String href) {
        Anchor anchor = new Anchor(href, text);
        anchor.setTarget("_blank");
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }

    private static Span call(String phone) {
        Span span = new Span();
        if (phone == null || phone.isBlank()) {
            span.setText("none on file");
        } else {
            span.add(new Anchor("tel:" + phone.replaceAll("[^0-9+]", ""), phone));
        }
        return span;
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.getStyle().set("display", "block");
        return span;
    }
}
