/**
 * Planning: the Timefold model of a clinic's days (one {@link care.rounds.planning.Shift} per
 * clinician working day holding the ordered {@link care.rounds.planning.Visit}s of that day), the
 * constraints that score a schedule, and the settings that weigh them. The model is deliberately
 * apart from the JPA entities: it speaks in plain ids, epoch seconds and indexes into a
 * {@link care.rounds.planning.TravelTimeMatrix}, so other modules map their entities onto it and
 * the solution back, and the same model also solves the Solomon VRPTW benchmark
 * ({@code planning.solomon}) that measures the solver.
 */
package care.rounds.planning;
