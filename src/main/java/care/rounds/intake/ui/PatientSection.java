package care.rounds.intake.ui;

import care.rounds.base.Place;
import care.rounds.intake.ConsultationInbox;
import care.rounds.intake.ConsultationRequest;
import care.rounds.patients.Patient;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The patient made from a request, or the button that makes one from it.
 */
class PatientSection extends HorizontalLayout {

    PatientSection(ConsultationInbox inbox, BiFunction<String, Integer, List<Place>> addressSearch,
                   ConsultationRequest request, Consumer<ConsultationRequest> onChanged) {
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        Optional<Patient> patient = inbox.patientOf(request);
        if (patient.isPresent()) {
            Span name = new Span(patient.get().getFullName() + " is a patient now.");
            name.setId("request-patient");
            // PatientsView takes no patient in its URL (none may appear there): the coordinator searches by name
            Button open = new Button("Open patients", VaadinIcon.USER_HEART.create(), e -> UI.getCurrent().navigate("patients"));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(name, open);
        } else {
            Button create = new Button("Create patient", VaadinIcon.PLUS.create(),
                    e -> new CreatePatientDialog(inbox, addressSearch, request, onChanged).open());
            create.setId("create-patient");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Span("No patient yet."), create);
        }
    }
}
