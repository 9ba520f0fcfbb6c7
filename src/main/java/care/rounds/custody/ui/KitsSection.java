package care.rounds.custody.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.custody.CustodyRecord;
import care.rounds.custody.CustodyRefused;
import care.rounds.custody.KitStock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import static care.rounds.custody.ui.MyKitsView.mg;

/** The clinic's kits, where each is now, and adding a kit with its number, lot and mg. */
class KitsSection extends VerticalLayout {

    private final CustodyRecord record;
    private final Grid<KitStock> grid = new Grid<>();
    private final TextField number = new TextField("Kit number");
    private final TextField lot = new TextField("Lot");
    private final BigDecimalField contents = new BigDecimalField("mg in the kit");

    KitsSection(CustodyRecord record, CustodyNames names, ClinicTime time) {
        this.record = record;
        setPadding(false);
        grid.setId("custody-kits");
        grid.addColumn(k -> k.kit().getNumber()).setHeader("Kit").setAutoWidth(true);
        grid.addColumn(k -> k.kit().getLot()).setHeader("Lot").setAutoWidth(true);
        grid.addColumn(k -> mg(k.kit().getContentsMg())).setHeader("Filled mg").setAutoWidth(true);
        grid.addColumn(k -> k.isOut() ? "Out with " + names.clinician(k.lastSignOut().clinicianId()) + " since "
                + time.dateTime(k.lastSignOut().signedOutAt())
                : k.isWrittenOff() ? "Written off (never returned)" : "In the safe, " + mg(k.heldMg()) + " mg")
                .setHeader("Where").setFlexGrow(1);
        grid.addColumn(k -> time.dateTime(k.kit().getAddedAt()) + " by " + k.kit().getAddedBy()).setHeader("Added")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No kits yet: add the first below.");
        number.setId("kit-number");
        lot.setId("kit-lot");
        contents.setId("kit-mg");
        Button add = new Button("Add kit", e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-kit");
        HorizontalLayout form = new HorizontalLayout(number, lot, contents, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H3("Kits"), grid, form);
        refresh();
    }

    void refresh() {
        grid.setItems(record.kits());
    }

    private void add() {
        try {
            var kit = record.addKit(number.getValue(), lot.getValue(), contents.getValue());
            Notices.saved("Kit " + kit.getNumber() + " (lot " + kit.getLot() + ") added.");
            number.clear();
            lot.clear();
            contents.clear();
            refresh();
        } catch (CustodyRefused refused) {
            Notices.problem(refused.getMessage());
        }
    }
}
