/**
 * Dispatch: the day as it is driven. The coordinator's board shows one day of every working
 * clinician's route (timeline, road map, unassigned visits with the planner's reason, the day's
 * figures) and re-optimizes it live. The dispatcher pins, unpins and moves visits by hand (seeing the
 * day's score before and after, {@code planning.MovePreview}) and records the day-of events
 * ({@link care.rounds.dispatch.DayOfEvents}: call-out, cancellation or not home, running late, urgent
 * visit), each re-planning the rest of the day and listing the patients to call. A clinician's
 * "My day" shows their own stops in order with directions, what to bring and buttons that record en
 * route, arrived, infusing and done. The root package reads a day's routes
 * ({@link care.rounds.dispatch.DispatchService}); {@code ui} is private.
 */
package care.rounds.dispatch;
