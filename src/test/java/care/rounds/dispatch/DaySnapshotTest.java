package care.rounds.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DaySnapshotTest {

    private static final Instant NINE = Instant.parse("2026-11-30T14:00:00Z");
    private static final Instant TEN = NINE.plusSeconds(3600);

    @Test
    void listsVisitsWhoseArrivalOrClinicianChangedEarliestFirstAndUnplacedLast() {
        DaySnapshot before = snapshot(
                stop(1, "Dana", NINE, true), stop(2, "Dana", TEN, true), stop(3, "Lee", NINE, true),
                stop(4, "Lee", TEN, true));
        DaySnapshot after = snapshot(
                stop(1, "Dana", NINE, true),            // unchanged
                stop(2, "Lee", TEN, true),              // other clinician, same time
                stop(3, "Lee", TEN, true),              // later
                stop(4, null, null, true));             // could not be placed

        List<ArrivalChange> changes = after.changesSince(before);

        assertThat(changes).extracting(ArrivalChange::visitId).containsExactly(2L, 3L, 4L);
        assertThat(changes.get(0).clinicianChanged()).isTrue();
        assertThat(changes.get(1).arrivalBefore()).isEqualTo(NINE);
        assertThat(changes.get(1).arrivalAfter()).isEqualTo(TEN);
        assertThat(changes.get(2).unplaced()).isTrue();
    }

    @Test
    void leavesOutVisitsClosedMeanwhileAndNewVisitsNobodyPlaced() {
        DaySnapshot before = snapshot(stop(1, "Dana", NINE, true));
        DaySnapshot after = snapshot(stop(1, null, null, false), stop(2, null, null, true), stop(3, "Dana", TEN, true));

        assertThat(after.changesSince(before)).extracting(ArrivalChange::visitId)
                .as("the cancelled visit and the unplaced new one are not calls to make").containsExactly(3L);
    }

    @Test
    void nothingToCallWhenNothingMoved() {
        DaySnapshot before = snapshot(stop(1, "Dana", NINE, true), stop(2, null, null, true));
        assertThat(snapshot(stop(1, "Dana", NINE, true), stop(2, null, null, true)).changesSince(before)).isEmpty();
    }

    private static DaySnapshot.Stop stop(long id, String clinician, Instant arrival, boolean open) {
        return new DaySnapshot.Stop(id, "Patient " + id, "404-555-01" + id, clinician, arrival, open);
    }

    private static DaySnapshot snapshot(DaySnapshot.Stop... stops) {
        Map<Long, DaySnapshot.Stop> byId = new LinkedHashMap<>();
        for (DaySnapshot.Stop stop : stops) {
            byId.put(stop.visitId(), stop);
        }
        return new DaySnapshot(byId);
    }
}
