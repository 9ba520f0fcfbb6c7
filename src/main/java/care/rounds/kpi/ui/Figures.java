package care.rounds.kpi.ui;

import care.rounds.kpi.KpiFigures;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/** How the figures read on screen, and the figure columns shared by the per-day and per-clinician tables. */
final class Figures {

    static final String NO_DATA = "no data";

    private Figures() {
    }

    static String hours(Duration duration) {
        return String.format(Locale.US, "%.1f h", KpiFigures.hours(duration));
    }

    static String percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 100) + " %" : NO_DATA;
    }

    static Double percentOrNull(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 1000) / 10.0 : null;
    }

    static String onTime(KpiFigures f) {
        return f.arrivalsRecorded() == 0 ? NO_DATA : percent(f.onTimeRate()) + " of " + f.arrivalsRecorded();
    }

    static <T> void addColumns(Grid<T> grid, ValueProvider<T, KpiFigures> figures, boolean withUnassigned) {
        grid.addColumn(t -> figures.apply(t).visits()).setHeader("Visits").setAutoWidth(true);
        grid.addColumn(t -> hours(figures.apply(t).infusion())).setHeader("Infusion").setAutoWidth(true);
        grid.addColumn(t -> hours(figures.apply(t).driving())).setHeader("Driving").setAutoWidth(true);
        grid.addColumn(t -> percent(figures.apply(t).driveShare())).setHeader("Drive share")
                .setTooltipGenerator(t -> "Driving as a share of driving plus time at homes").setAutoWidth(true);
        grid.addColumn(t -> hours(figures.apply(t).scheduled())).setHeader("Scheduled").setAutoWidth(true);
        grid.addColumn(t -> percent(figures.apply(t).utilisation())).setHeader("Utilisation").setAutoWidth(true);
        grid.addColumn(t -> percent(figures.apply(t).continuity())).setHeader("Continuity").setAutoWidth(true);
        if (withUnassigned) {
            grid.addColumn(t -> figures.apply(t).unassigned()).setHeader("Unassigned").setAutoWidth(true);
        }
        grid.addColumn(t -> onTime(figures.apply(t))).setHeader("On time").setAutoWidth(true);
    }
}
