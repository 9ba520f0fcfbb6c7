package care.rounds.custody.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.custody.CustodyRefused;
import care.rounds.custody.KitCustody;
import care.rounds.custody.WasteToWitness;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Wastes waiting for the signed-in user's witness (anyone's but their own): a second licensed user
 * confirms each with one tap, signed with their own login.
 */
class WasteWitnessList extends VerticalLayout {

    private final KitCustody custody;
    private final VerticalLayout list = new VerticalLayout();
    private final ClinicTime time;
    private final Runnable afterWitness;

    WasteWitnessList(KitCustody custody, ClinicTime time, Runnable afterWitness) {
        this.custody = custody;
        this.afterWitness = afterWitness;
        this.time = time;
        setPadding(false);
        list.setId("wastes-to-witness");
        list.setPadding(false);
        list.setSpacing(true);
        Paragraph how = new Paragraph("Witness only a waste you saw: your login is the signature.");
        how.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H3("Wastes waiting for your witness"), how, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var wastes = custody.wastesAwaitingWitness();
        wastes.forEach(w -> list.add(KitCard.of("waste-" + w.use().entryId(), w.use().wasted().stripTrailingZeros()
                .toPlainString() + " mg wasted by " + w.clinicianName(), "Kit " + w.kitNumber() + " (lot " + w.lot()
                + "), visit " + w.use().visitId() + ", " + time.dateTime(w.use().at()), witnessButton(w))));
        if (wastes.isEmpty()) {
            list.add(KitCard.empty("No waste is waiting for your witness."));
        }
    }

    private Button witnessButton(WasteToWitness waste) {
        Button witness = new Button("I witnessed this waste", e -> {
            try {
                custody.witness(waste.use().entryId());
                Notices.saved("Witnessed: " + waste.kitNumber() + ", visit " + waste.use().visitId() + ".");
            } catch (CustodyRefused refused) {
                Notices.problem(refused.getMessage());
            }
            refresh();
            afterWitness.run();
        });
        witness.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        witness.setId("witness-" + waste.use().entryId());
        return witness;
    }
}
