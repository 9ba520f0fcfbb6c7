package care.rounds.custody;

import care.rounds.base.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The clinician's "which kit, how much" at a visit, for any screen to open (My day opens it at Infusing):
 * one of the kits signed out to her today, mg given (the physician's ordered dose to start from, and how far
 * what she enters is from it) and mg wasted. Saving records one ledger entry through {@link KitCustody#recordUse};
 * a refusal is shown in the dialog, which stays open to correct it.
 * <pre>
 *   new KitUseDialog(kitCustody, visitId, Optional.of(orderedMg), use -> refresh()).open();
 * </pre>
 */
public class KitUseDialog extends Dialog {

    private final KitCustody custody;
    private final long visitId;
    private final Consumer<KitUse> onRecorded;
    private final Select<KitDay> kit = new Select<>();
    private final BigDecimalField given = new BigDecimalField("mg given");
    private final BigDecimalField wasted = new BigDecimalField("mg wasted");
    private final Paragraph problem = new Paragraph();

    /**
     * @param orderedMg  the dose the physician's order gives this visit, if there is an order
     * @param onRecorded called after the use is recorded and the dialog closed
     */
    public KitUseDialog(KitCustody custody, long visitId, Optional<BigDecimal> orderedMg, Consumer<KitUse> onRecorded) {
        this.custody = custody;
        this.visitId = visitId;
        this.onRecorded = onRecorded;
        setHeaderTitle("Kit used at this visit");
        setId("kit-use-dialog");
        setWidth("min(28rem, 95vw)");
        List<KitDay> mine = custody.myKitsToday().stream().filter(KitDay::isOut).toList();
        kit.setLabel("Kit");
        kit.setId("kit-use-kit");
        kit.setItems(mine);
        kit.setItemLabelGenerator(this::label);
        kit.setWidthFull();
        kit.setEmptySelectionAllowed(false);
        if (mine.size() == 1) {
            kit.setValue(mine.get(0));
        }
        given.setId("kit-use-given");
        orderedMg.ifPresentOrElse(ordered -> {
            given.setValue(ordered);
            given.setHelperText(againstTheOrder(ordered, ordered));
            given.addValueChangeListener(e -> given.setHelperText(againstTheOrder(ordered, e.getValue())));
        }, () -> given.setHelperText("No physician's order on file: enter what you gave."));
        wasted.setId("kit-use-wasted");
        wasted.setValue(BigDecimal.ZERO);
        wasted.setHelperText("A waste waits for a second licensed colleague's witness.");
        for (BigDecimalField field : List.of(given, wasted)) {
            field.setWidthFull();
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span("mg"));
        }
        problem.setId("kit-use-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        VerticalLayout body = new VerticalLayout(kit, given, wasted, problem);
        body.setPadding(false);
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("No kit is signed out to you today. Sign one out on My kits first.");
            none.setId("kit-use-none");
            body.addComponentAsFirst(none);
        }
        add(body);
        Button save = new Button("Record", e -> record());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("kit-use-record");
        save.setEnabled(!mine.isEmpty());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** The ordered dose, and how far the amount entered is from it. */
    static String againstTheOrder(BigDecimal ordered, BigDecimal given) {
        String order = "Ordered: " + Reconciliation.plain(ordered) + " mg";
        if (given == null || given.compareTo(ordered) == 0) {
            return order + ".";
        }
        BigDecimal difference = given.subtract(ordered);
        return order + "; this is " + Reconciliation.plain(difference.abs()) + " mg "
                + (difference.signum() < 0 ? "less" : "more") + " than ordered.";
    }

    private String label(KitDay day) {
        Kit k = custody.kit(day.kitId());
        return k.getNumber() + " (lot " + k.getLot() + "), " + Reconciliation.plain(day.remaining()) + " mg left";
    }

    private void record() {
        if (kit.getValue() == null) {
            show("Choose the kit you used.");
            return;
        }
        if (given.isInvalid() || wasted.isInvalid()) {
            show("Enter the amounts as numbers, e.g. 37.5.");
            return;
        }
        try {
            KitUse use = custody.recordUse(visitId, kit.getValue().signOutId(), given.getValue(), wasted.getValue());
            close();
            Notices.saved("Kit " + custody.kit(kit.getValue().kitId()).getNumber() + ": " + Reconciliation.plain(use.given())
                    + " mg given" + (use.wasted().signum() > 0 ? ", " + Reconciliation.plain(use.wasted())
                    + " mg wasted (waiting for a witness)" : "") + ".");
            onRecorded.accept(use);
        } catch (CustodyRefused refused) {
            show(refused.getMessage());
        }
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
