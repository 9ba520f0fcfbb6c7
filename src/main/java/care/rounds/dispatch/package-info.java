/**
 * Dispatch: the day as it is driven. The coordinator's board shows one day of every working
 * clinician's route (timeline, road map, unassigned visits with the planner's reason, the day's
 * figures, the last planning run, the patients to call) and re-optimizes it live. The dispatcher pins,
 * unpins and moves visits by hand (seeing what the move does in the clinic's words,
 * {@code planning.MovePreview}) and records the day-of events
 * ({@link care.rounds.dispatch.DayOfEvents}: call-out, cancellation or not home, running late, urgent
 * visit), each re-planning the rest of the day and showing the day's call list. Every change goes
 * through the visits module's commands. A clinician's
 * "My day" shows their own stops in order with directions, what to bring and buttons that record en
 * route, arrived, infusing and done. The root package reads a day's routes
 * ({@link care.rounds.dispatch.DispatchService}); {@code ui} is private.
 */
package care.rounds.dispatch;
