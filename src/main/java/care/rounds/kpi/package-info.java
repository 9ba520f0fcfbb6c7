/**
 * The manager's and coordinator's key figures over a date range, per day and per clinician: visits,
 * infusion and drive hours, utilisation of scheduled hours, continuity of care, unassigned visits and
 * on-time arrival; with charts and a CSV export. Read-only: it reads visits, the roster and road travel
 * times and changes nothing.
 */
package care.rounds.kpi;
