/**
 * Patients: who they are, how to reach them, their home and its location on the road network, the
 * responsible adult who stays until the clinician leaves, and the access notes a clinician needs at
 * the door. Coordinators and managers work here; a clinician sees a patient only through their own
 * visits.
 */
package care.rounds.patients;
