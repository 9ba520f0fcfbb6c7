package care.rounds.custody;

/**
 * A waste waiting for a second licensed user's witness, with what the witness needs to recognise it.
 */
public record WasteToWitness(KitUse use, String kitNumber, String lot, String clinicianName) {
}
