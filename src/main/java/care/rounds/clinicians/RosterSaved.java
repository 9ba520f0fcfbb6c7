package care.rounds.clinicians;

import java.util.List;

/** A saved roster entry and what the change caused on the planned days, in sentences for the manager. */
public record RosterSaved(Clinician clinician, List<String> consequences) {
}
