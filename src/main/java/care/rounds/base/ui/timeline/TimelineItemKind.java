package care.rounds.base.ui.timeline;

/** What a bar on the timeline stands for; each kind has its own look. */
public enum TimelineItemKind {
    /** An infusion visit, coloured by its status. */
    VISIT,
    /** Driving between two places: hatched grey. */
    TRAVEL,
    /** Waiting time between visits: a dashed outline. */
    IDLE,
    /** The clinician's working hours: a light band behind the row, not clickable. */
    SHIFT
}
