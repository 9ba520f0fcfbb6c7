package care.rounds.custody.ui;

import care.rounds.base.ClinicTime;
import care.rounds.custody.CustodyRecord;
import care.rounds.custody.Discrepancy;
import care.rounds.custody.KitDay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** Every open discrepancy of the days before today, oldest first, each with Resolve. */
class OpenDiscrepancies extends VerticalLayout {

    record Row(KitDay day, Discrepancy discrepancy) {
    }

    private final CustodyRecord record;
    private final Grid<Row> grid = new Grid<>();
    private final H3 title = new H3();

    OpenDiscrepancies(CustodyRecord record, CustodyNames names, ClinicTime time, Runnable afterResolve) {
        this.record = record;
        setPadding(false);
        grid.setId("open-discrepancies");
        grid.addColumn(r -> time.date(r.day().day())).setHeader("Day").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> names.kit(r.day().kitId()).getNumber()).setHeader("Kit").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> names.clinician(r.day().clinicianId())).setHeader("Clinician").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.discrepancy().kind().title()).setHeader("Discrepancy").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.discrepancy().description()).setHeader("What the record shows").setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Button resolve = new Button("Resolve…", e -> new ResolveDialog(record, r.discrepancy(), () -> {
                refresh();
                afterResolve.run();
            }).open());
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resolve.setId("resolve-" + r.discrepancy().kind().name().toLowerCase() + "-" + r.discrepancy().subjectEntryId());
            return resolve;
        }).setKey("resolve").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No open discrepancy: every past day reconciles or is resolved.");
        title.setId("open-discrepancies-title");
        add(title, grid);
        refresh();
    }

    void refresh() {
        List<Row> rows = record.withOpenDiscrepancies().stream()
                .flatMap(d -> d.openDiscrepancies().stream().map(x -> new Row(d, x))).toList();
        title.setText(rows.isEmpty() ? "Discrepancies: none open" : "Discrepancies to resolve (" + rows.size() + ")");
        grid.setItems(rows);
    }

    List<Row> rows() {
        return grid.getListDataView().getItems().toList();
    }
}
