package care.rounds.booking.ui;

import care.rounds.booking.OrderRequest;
import care.rounds.clinicians.Clinician;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The physician's order, copied from the chart: who ordered the series, when, the dose per kg and the
 * patient's weight. The dose in mg is worked out as the coordinator types, as the clinician will see it.
 * Tab moves field to field; each field says what is missing next to it.
 */
class OrderForm extends FormLayout {

    final ComboBox<Clinician> orderedBy = new ComboBox<>("Ordered by (MD or NP)");
    final DatePicker orderedOn = new DatePicker("Order date");
    final BigDecimalField dose = new BigDecimalField("Dose (mg/kg)");
    final BigDecimalField weight = new BigDecimalField("Patient's weight (kg)");
    final Span doseMg = new Span();

    OrderForm(List<Clinician> prescribers, LocalDate today) {
        orderedBy.setItems(prescribers);
        orderedBy.setItemLabelGenerator(Clinician::getDisplayName);
        orderedBy.setId("order-by");
        orderedBy.setPlaceholder("Search the roster");
        orderedOn.setId("order-date");
        orderedOn.setMax(today);
        orderedOn.setValue(today);
        dose.setId("order-dose");
        dose.setPlaceholder("e.g. 0.5");
        dose.setSuffixComponent(new Span("mg/kg"));
        weight.setId("order-weight");
        weight.setPlaceholder("e.g. 80");
        weight.setSuffixComponent(new Span("kg"));
        doseMg.setId("order-dose-mg");
        doseMg.getStyle().set("font-weight", "600").set("align-self", "end").set("padding-bottom", "var(--lumo-space-s)");
        dose.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        weight.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        dose.addValueChangeListener(e -> showDose());
        weight.addValueChangeListener(e -> showDose());
        showDose();
        H4 title = new H4("Physician's order");
        title.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        add(title, orderedBy, orderedOn, dose, weight, doseMg);
        setColspan(title, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    private void showDose() {
        if (dose.getValue() == null || weight.getValue() == null) {
            doseMg.setText("Dose: enter mg/kg and weight");
        } else {
            doseMg.setText("Dose: " + dose.getValue().multiply(weight.getValue()).setScale(1, RoundingMode.HALF_UP)
                    .toPlainString() + " mg");
        }
    }

    /** The order, or empty after marking what is missing next to each field. */
    Optional<OrderRequest> order() {
        BigDecimal mgPerKg = dose.getValue();
        BigDecimal kg = weight.getValue();
        boolean ok = require(orderedBy.getValue() != null, orderedBy, "Choose the MD or NP who ordered the series.")
                & require(orderedOn.getValue() != null && !orderedOn.isInvalid(), orderedOn,
                "Enter the order date (today or earlier).")
                & require(mgPerKg != null && mgPerKg.signum() > 0 && mgPerKg.compareTo(OrderRequest.MAX_DOSE_MG_PER_KG) <= 0,
                dose, "Enter the ordered dose per kg, at most " + OrderRequest.MAX_DOSE_MG_PER_KG + " mg/kg.")
                & require(kg != null && kg.compareTo(OrderRequest.MIN_WEIGHT_KG) >= 0
                        && kg.compareTo(OrderRequest.MAX_WEIGHT_KG) <= 0, weight,
                "Enter the patient's weight, " + OrderRequest.MIN_WEIGHT_KG + " to " + OrderRequest.MAX_WEIGHT_KG + " kg.");
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new OrderRequest(orderedBy.getValue().getId(), orderedOn.getValue(), mgPerKg, kg));
    }

    private static boolean require(boolean condition, HasValidation field, String message) {
        field.setInvalid(!condition);
        field.setErrorMessage(condition ? null : message);
        return condition;
    }
}
