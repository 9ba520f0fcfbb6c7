package care.rounds.custody.ui;

import care.rounds.custody.CustodyRecord;
import care.rounds.custody.Kit;

import java.util.Map;

/** Kit numbers and clinicians' names for the manager's screen, read once per screen and on demand after. */
class CustodyNames {

    private final CustodyRecord record;
    private Map<Long, Kit> kits;
    private Map<Long, String> clinicians;

    CustodyNames(CustodyRecord record) {
        this.record = record;
    }

    Kit kit(long id) {
        if (kits == null || !kits.containsKey(id)) {
            kits = record.kitsById();
        }
        return kits.get(id);
    }

    String clinician(long id) {
        if (clinicians == null || !clinicians.containsKey(id)) {
            clinicians = record.clinicianNames();
        }
        return clinicians.getOrDefault(id, "clinician " + id);
    }

    Map<Long, Kit> kits() {
        kits = record.kitsById();
        return kits;
    }

    Map<Long, String> clinicians() {
        clinicians = record.clinicianNames();
        return clinicians;
    }
}
