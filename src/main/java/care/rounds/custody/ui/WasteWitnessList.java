package care.rounds.custody.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.custody.CustodyRefused;
import care.rounds.custody.KitCustody;
import care.rounds.custody.WasteToWitness;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Wastes waiting for the signed-in user's witness (anyone's but their own): a second licensed user
 * confirms each with one tap, signed with their own login.
 */
class WasteWitnessList extends VerticalLayout {

    private final KitCustody custody;
    private final Grid<WasteToWitness> grid = new Grid<>();
    private final Runnable afterWitness;

    WasteWitnessList(KitCustody custody, ClinicTime time, Runnable afterWitness) {
        this.custody = custody;
        this.afterWitness = afterWitness;
        setPadding(false);
        grid.setId("wastes-to-witness");
        grid.addColumn(w -> time.dateTime(w.use().at())).setHeader("Recorded").setAutoWidth(true);
        grid.addColumn(WasteToWitness::clinicianName).setHeader("Clinician").setAutoWidth(true);
        grid.addColumn(w -> w.kitNumber() + " (lot " + w.lot() + ")").setHeader("Kit").setAutoWidth(true);
        grid.addColumn(w -> "Visit " + w.use().visitId()).setHeader("Visit").setAutoWidth(true);
        grid.addColumn(w -> w.use().wasted().stripTrailingZeros().toPlainString() + " mg").setHeader("Wasted")
                .setAutoWidth(true);
        grid.addComponentColumn(this::witnessButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No waste is waiting for your witness.");
        Paragraph how = new Paragraph("Witness only a waste you saw: your login is the signature.");
        how.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H3("Wastes waiting for your witness"), how, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(custody.wastesAwaitingWitness());
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
