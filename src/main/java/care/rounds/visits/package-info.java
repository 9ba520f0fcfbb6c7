/**
 * The infusion visit and its life: unscheduled, scheduled, en route, arrived, infusing, done,
 * cancelled or patient not home. Turns a treatment plan into its series of visits, each with the
 * window the patient can do. It is the one door for visit changes: every change after creation goes
 * through a command of {@link care.rounds.visits.VisitChanges} (or a clinician's status report in
 * {@link care.rounds.visits.VisitService}), which checks the caller's role and the version the user saw
 * and writes one history entry: who (a user or the planner's run), when, before, after and why. A visit
 * keeps what its patient was last told; {@link care.rounds.visits.CallList} lists the patients whose
 * visit no longer matches it. Decides who may see which visit: the office sees all, a clinician only
 * their own.
 */
package care.rounds.visits;
