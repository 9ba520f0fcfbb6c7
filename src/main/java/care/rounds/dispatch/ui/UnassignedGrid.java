package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.UnassignedVisit;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.List;

/** The day's visits nobody takes yet, with the planner's reason. */
class UnassignedGrid extends Grid<UnassignedVisit> {

    UnassignedGrid(ClinicTime time) {
        super(UnassignedVisit.class, false);
        setId("unassigned-grid");
        addColumn(u -> u.visit().getPlan().getPatient().getFullName()).setHeader("Patient").setAutoWidth(true);
        addColumn(u -> time.time(u.visit().getEarliestStart()) + " to " + time.time(u.visit().getLatestStart()))
                .setHeader("Can start").setAutoWidth(true);
        addColumn(UnassignedVisit::reason).setHeader("Why unassigned").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText("Every visit of this day has a clinician.");
        setAllRowsVisible(true);
    }

    void show(List<UnassignedVisit> unassigned) {
        setItems(unassigned);
    }
}
