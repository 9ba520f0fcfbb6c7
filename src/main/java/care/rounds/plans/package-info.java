/**
 * What a physician orders: treatment protocols (PTSD initial series, depression initial series,
 * booster, single infusion) with their number of infusions, visit lengths, spacing and the
 * credentials allowed to give them; and each patient's treatment plan with the weekdays and hours the
 * patient can do and a preferred clinician. Managers edit protocols on the protocols screen; a change
 * applies to series booked afterwards, and a protocol that plans follow is deactivated, never deleted.
 */
package care.rounds.plans;
