/**
 * Booking a patient's treatment series: the coordinator chooses the protocol, the start and the
 * weekdays and hours the patient can do; the planner recommends a clinician and a start for each
 * infusion with the rest of the plan fixed; the coordinator accepts or picks another option and
 * confirms, and gets a summary to give the patient.
 */
package care.rounds.booking;
