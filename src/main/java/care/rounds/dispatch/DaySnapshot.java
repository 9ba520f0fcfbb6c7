package care.rounds.dispatch;

import care.rounds.visits.InfusionVisit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each open visit of a day stands at one moment (clinician and arrival), so that after a
 * re-plan the patients whose arrival or clinician changed can be listed.
 */
record DaySnapshot(Map<Long, Stop> stops) {

    /** One visit as it stood: null clinician and arrival when it was on nobody's route. */
    record Stop(long visitId, String patientName, String patientPhone, String clinician, Instant arrival,
                boolean open) {
    }

    static DaySnapshot of(List<InfusionVisit> visits) {
        Map<Long, Stop> stops = new LinkedHashMap<>();
        for (InfusionVisit visit : visits) {
            boolean placed = visit.getClinician() != null && visit.getPlannedStart() != null;
            stops.put(visit.getId(), new Stop(visit.getId(), visit.getPlan().getPatient().getFullName(),
                    visit.getPlan().getPatient().getPhone(), placed ? visit.getClinician().getDisplayName() : null,
                    placed ? visit.getPlannedStart() : null, !visit.getStatus().isClosed()));
        }
        return new DaySnapshot(stops);
    }

    /**
     * The open visits whose clinician or arrival differ from {@code before}, earliest new arrival
     * first and unplaced ones last. Visits closed meanwhile (cancelled, not home) are left out: the
     * coordinator has just dealt with them.
     */
    List<ArrivalChange> changesSince(DaySnapshot before) {
        List<ArrivalChange> changes = new ArrayList<>();
        for (Stop now : stops.values()) {
            Stop was = before.stops().get(now.visitId());
            if (!now.open()) {
                continue;
            }
            String clinicianBefore = was == null ? null : was.clinician();
            Instant arrivalBefore = was == null ? null : was.arrival();
            if (was != null && Objects.equals(clinicianBefore, now.clinician())
                    && Objects.equals(arrivalBefore, now.arrival())) {
                continue;
            }
            if (was == null && now.arrival() == null) {
                continue;
            }
            changes.add(new ArrivalChange(now.visitId(), now.patientName(), now.patientPhone(), clinicianBefore,
                    arrivalBefore, now.clinician(), now.arrival()));
        }
        changes.sort(Comparator.comparing(ArrivalChange::arrivalAfter, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ArrivalChange::visitId));
        return changes;
    }
}
