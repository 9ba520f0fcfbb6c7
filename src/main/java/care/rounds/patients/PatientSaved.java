package care.rounds.patients;

/**
 * A patient's record was saved by the office (the home address may have moved, even to another state): published
 * inside the saving transaction, so the visits promised at the old address are checked again with it.
 */
public record PatientSaved(long patientId) {
}
