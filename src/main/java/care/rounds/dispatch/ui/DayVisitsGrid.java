package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.ArrayList;
import java.util.List;

/** The day's planned visits, clinician by clinician, in the order they are driven. */
class DayVisitsGrid extends Grid<InfusionVisit> {

    DayVisitsGrid(ClinicTime time) {
        super(InfusionVisit.class, false);
        setId("day-visits-grid");
        addColumn(v -> v.getClinician().getDisplayName()).setHeader("Clinician").setAutoWidth(true);
        addColumn(v -> time.time(v.getPlannedStart())).setHeader("Arrives").setAutoWidth(true);
        addColumn(v -> v.getPlan().getPatient().getFullName()).setHeader("Patient").setAutoWidth(true);
        addColumn(v -> v.getStatus().label() + (v.isPinned() ? ", pinned" : "")).setHeader("Status")
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText("No visits are planned on this day. Press Optimize to plan it, or pick another day.");
    }

    void show(List<ClinicianRoute> routes) {
        List<InfusionVisit> rows = new ArrayList<>();
        routes.forEach(route -> rows.addAll(route.stops()));
        setItems(rows);
        // A status grows (", pinned") when the board is refreshed: widths follow the new texts.
        recalculateColumnWidths();
    }
}
