package care.rounds.planning.clinic;

import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitStatus;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What already happened in each treatment series: the last infusion given, and when each visit was
 * planned, so the gap rules also hold against visits outside the problem.
 */
final class SeriesHistory {

    private final Map<Long, Integer> lastGiven = new HashMap<>();
    private final Map<Long, Map<Integer, InfusionVisit>> bySequence = new HashMap<>();

    SeriesHistory(List<InfusionVisit> series) {
        for (InfusionVisit visit : series) {
            long plan = visit.getPlan().getId();
            bySequence.computeIfAbsent(plan, p -> new HashMap<>()).put(visit.getSequenceNumber(), visit);
            if (visit.getStatus() == VisitStatus.DONE || visit.getStatus().isStarted()) {
                lastGiven.merge(plan, visit.getSequenceNumber(), Math::max);
            }
        }
    }

    int lastGivenSequence(long planId) {
        return lastGiven.getOrDefault(planId, 0);
    }

    /**
     * The start of the previous infusion of the series when it is given or planned before the horizon
     * (it is then not part of the problem); null when it is part of the problem or never planned.
     */
    Instant previousStartOutside(InfusionVisit visit, Set<Long> inProblem) {
        InfusionVisit previous = bySequence.getOrDefault(visit.getPlan().getId(), Map.of())
                .get(visit.getSequenceNumber() - 1);
        if (previous == null || previous.getPlannedStart() == null || inProblem.contains(previous.getId())) {
            return null;
        }
        return previous.getPlannedStart();
    }
}
