package care.rounds.clinicians;

import java.util.ArrayList;
import java.util.List;

/**
 * A clinician's availability changed (hours, time off, active, credential, licences or home base).
 * Published inside the transaction that saves the change, so a listener's own changes commit or roll
 * back with it. Listeners say what they did about it ({@link #report}), and the roster screen tells
 * the manager.
 */
public final class RosterChanged {

    private final long clinicianId;
    private final boolean dayOfCallOut;
    private final List<String> consequences = new ArrayList<>();

    /**
     * @param clinicianId  whose roster entry changed
     * @param dayOfCallOut true when the office recorded a same-day call-out: whoever recorded it
     *                     re-plans that day at once, so listeners leave today to them
     */
    public RosterChanged(long clinicianId, boolean dayOfCallOut) {
        this.clinicianId = clinicianId;
        this.dayOfCallOut = dayOfCallOut;
    }

    public long clinicianId() {
        return clinicianId;
    }

    public boolean dayOfCallOut() {
        return dayOfCallOut;
    }

    /** A sentence for the manager about what the change caused, such as "2 visits re-planned". */
    public void report(String consequence) {
        consequences.add(consequence);
    }

    public List<String> consequences() {
        return List.copyOf(consequences);
    }
}
