package care.rounds.booking.ui;

import care.rounds.base.ClinicTime;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * What the patient is told: the dates, a half-hour arrival window and the clinician's name.
 */
class PatientSummary extends VerticalLayout {

    private static final Duration ARRIVAL_SPREAD = Duration.ofMinutes(15);

    PatientSummary(ClinicTime time, String patientName, String protocolName, List<InfusionVisit> booked, int total) {
        setId("patient-summary");
        setPadding(false);
        UnorderedList list = new UnorderedList();
        booked.stream().sorted(Comparator.comparing(InfusionVisit::getPlannedStart)).forEach(visit -> list.add(
                new ListItem(time.date(time.inClinicZone(visit.getPlannedStart()).toLocalDate()) + ": arriving between "
                        + time.time(visit.getPlannedStart().minus(ARRIVAL_SPREAD)) + " and "
                        + time.time(visit.getPlannedStart().plus(ARRIVAL_SPREAD)) + ", "
                        + visit.getClinician().getFullName() + " (" + visit.getClinician().getCredential() + ")")));
        Button print = new Button("Print for the patient", VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        add(new H3(protocolName + " for " + patientName), list);
        if (booked.size() < total) {
            add(new Paragraph((total - booked.size()) + " infusion(s) had no free slot; the coordinator will call "
                    + "with their dates."));
        }
        add(new Paragraph("A responsible adult must stay until the clinician leaves, and the patient must not "
                + "drive for the rest of the day."), print);
    }
}
