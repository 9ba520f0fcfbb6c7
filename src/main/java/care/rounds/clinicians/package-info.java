/**
 * The roster the manager keeps: clinicians, their credential (RN, CRNA, NP, MD), the states they
 * are licensed in, their home base, weekly hours, time off, the dose kits they carry and how many
 * visits a day they take. The planner turns this into working days.
 */
package care.rounds.clinicians;
