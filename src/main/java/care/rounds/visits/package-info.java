/**
 * The infusion visit and its life: unscheduled, scheduled, en route, arrived, infusing, done,
 * cancelled or patient not home. Turns a treatment plan into its series of visits, each with the
 * window the patient can do. The office's changes after planning (cancel, not home, reschedule,
 * move, pin, running late) go through {@link care.rounds.visits.VisitChanges}, which checks the
 * version the user saw and records who, when, what and why. Decides who may see which visit: the
 * office sees all, a clinician only their own.
 */
package care.rounds.visits;
