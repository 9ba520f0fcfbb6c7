package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

import java.util.ArrayList;
import java.util.List;

/** The day's planned visits, clinician by clinician, in the order they are driven. */
class DayVisitsGrid extends Grid<InfusionVisit> {

    /** The patient, and a pin after the name when the planner keeps the visit where it is (as on the timeline). */
    private static final String PATIENT = "${item.patient}<vaadin-icon icon='vaadin:pin' ?hidden=${!item.pinned}"
            + " title='Pinned: the planner keeps this visit where it is' aria-label='pinned'"
            + " style='width: var(--lumo-icon-size-s); height: var(--lumo-icon-size-s); margin-left: 4px'>"
            + "</vaadin-icon>";

    DayVisitsGrid(ClinicTime time) {
        super(InfusionVisit.class, false);
        setId("day-visits-grid");
        addColumn(v -> v.getClinician().getDisplayName()).setHeader("Clinician").setAutoWidth(true);
        addColumn(v -> time.time(v.getPlannedStart())).setHeader("Arrives").setAutoWidth(true);
        addColumn(LitRenderer.<InfusionVisit>of(PATIENT)
                .withProperty("patient", v -> v.getPlan().getPatient().getFullName())
                .withProperty("pinned", InfusionVisit::isPinned))
                .setHeader("Patient").setAutoWidth(true);
        addColumn(v -> v.getStatus().label()).setHeader("Status").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText("No visits are planned on this day. Press Optimize to plan it, or pick another day.");
    }

    void show(List<ClinicianRoute> routes) {
        List<InfusionVisit> rows = new ArrayList<>();
        routes.forEach(route -> rows.addAll(route.stops()));
        setItems(rows);
    }
}
