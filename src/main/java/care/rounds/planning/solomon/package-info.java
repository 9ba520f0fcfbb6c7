/**
 * Solomon mode: the published VRPTW benchmark solved with the clinic's own planning model and
 * constraints (depot = clinic, vehicles = shifts, capacity = dose kits, distance as the objective),
 * so the solver's quality is measured against known best solutions and peer solvers. A command
 * ({@link care.rounds.planning.solomon.SolomonCommand}), not part of the running application.
 */
package care.rounds.planning.solomon;
