/**
 * What a physician orders: treatment protocols (PTSD initial series, depression initial series,
 * booster, single infusion) with their number of infusions, visit lengths, spacing and the
 * credentials allowed to give them; and each patient's treatment plan with the weekdays and hours the
 * patient can do and a preferred clinician.
 */
package care.rounds.plans;
