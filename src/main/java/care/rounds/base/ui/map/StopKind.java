package care.rounds.base.ui.map;

/** What a stop on the map stands for; each kind has its own marker shape. */
public enum StopKind {
    /** Where a clinician starts and ends the day: a square with a house. */
    HOME_BASE,
    /** A visit on a route: a filled circle, numbered with its place in the route. */
    VISIT,
    /** A visit nobody takes yet: a hollow, dashed circle. */
    UNASSIGNED
}
