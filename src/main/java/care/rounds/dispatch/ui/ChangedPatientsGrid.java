package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.ArrivalChange;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.Instant;
import java.util.List;

/** The patients to call after a re-plan: name, phone, old arrival and clinician, new ones. */
class ChangedPatientsGrid extends Grid<ArrivalChange> {

    ChangedPatientsGrid(ClinicTime time, List<ArrivalChange> changes) {
        super(ArrivalChange.class, false);
        setId("changed-patients");
        addColumn(ArrivalChange::patientName).setHeader("Patient").setAutoWidth(true);
        addColumn(ArrivalChange::patientPhone).setHeader("Phone").setAutoWidth(true);
        addColumn(c -> arrival(time, c.arrivalBefore(), c.clinicianBefore(), "Not planned"))
                .setHeader("Was").setAutoWidth(true);
        addColumn(c -> arrival(time, c.arrivalAfter(), c.clinicianAfter(), "Not placed: call to rebook"))
                .setHeader("Now").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText("No patient's arrival or clinician changed: nobody to call.");
        setAllRowsVisible(true);
        setWidth("44rem");
        setItems(changes);
    }

    private static String arrival(ClinicTime time, Instant at, String clinician, String none) {
        return at == null ? none : time.time(at) + ", " + clinician;
    }
}
