package care.rounds.clinicians;

/**
 * A clinician's professional credential; which ones may give a visit is a rule per protocol and state.
 */
public enum Credential {
    RN("Registered nurse"),
    CRNA("Certified registered nurse anesthetist"),
    NP("Nurse practitioner"),
    MD("Physician");

    private final String title;

    Credential(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** May supervise a registered nurse's infusion, on duty for the whole of it: physicians and nurse practitioners. */
    public boolean supervisesRns() {
        return this == MD || this == NP;
    }
}
