/**
 * The infusion visit and its life: unscheduled, scheduled, en route, arrived, infusing, done,
 * cancelled or patient not home. Turns a treatment plan into its series of visits, each with the
 * window the patient can do. Decides who may see which visit: the office sees all, a clinician only
 * their own.
 */
package care.rounds.visits;
