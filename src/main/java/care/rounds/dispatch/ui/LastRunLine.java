package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.planning.PlannerRun;
import com.vaadin.flow.component.html.Span;

import java.util.Optional;

/** The newest planning run of the shown day, as its record says, so it survives a restart. */
class LastRunLine extends Span {

    private final ClinicTime time;

    LastRunLine(ClinicTime time) {
        this.time = time;
        setId("last-run");
        getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    }

    void show(Optional<PlannerRun> run) {
        setText(run.map(this::words).orElse("This day has not been planned yet."));
    }

    private String words(PlannerRun run) {
        String who = "run " + run.getId() + " (" + run.getTrigger() + ", " + run.getStartedBy() + ")";
        return switch (run.getState()) {
            case QUEUED -> "Last plan: " + who + " waits for a run of overlapping days.";
            case RUNNING -> "Last plan: " + who + " running since " + time.time(run.getStartedAt()) + ".";
            case SAVED -> "Last plan: " + who + ", saved " + time.dateTime(run.getEndedAt()) + ": "
                    + run.getSummary() + ".";
            case FAILED, INTERRUPTED -> "Last plan: " + who + ": " + run.getSummary();
        };
    }
}
