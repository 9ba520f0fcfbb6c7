package care.rounds.planning.search;

import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.Shift;
import care.rounds.planning.Visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules that tie a visit to other visits: the gap to the previous and next infusion of its
 * plan, the gap to the plan's last infusion already given, and one visit per patient per day.
 * Construction and recreate ask {@link #allows} before placing a visit, so they do not build plans
 * that local search must first repair. Solomon instances have no such ties: then this is empty and
 * costs nothing.
 * <p>
 * Placing a visit can also push later visits of its route; their ties are not re-checked here
 * (Timefold's score has the last word on every move).
 */
final class VisitRelations {

    private final Map<Visit, List<Visit>> related = new IdentityHashMap<>();

    VisitRelations(InfusionSchedule schedule) {
        Map<String, Visit> byPlanAndSequence = new HashMap<>();
        Map<Long, List<Visit>> byPatient = new HashMap<>();
        for (Visit visit : schedule.getVisits()) {
            if (visit.getPlanId() != 0) {
                byPlanAndSequence.put(visit.getPlanId() + "/" + visit.getSequence(), visit);
            }
            byPatient.computeIfAbsent(visit.getPatientId(), id -> new ArrayList<>()).add(visit);
        }
        for (Visit visit : schedule.getVisits()) {
            List<Visit> ties = new ArrayList<>();
            if (visit.getPlanId() != 0) {
                addIfPresent(ties, byPlanAndSequence.get(visit.getPlanId() + "/" + (visit.getSequence() - 1)));
                addIfPresent(ties, byPlanAndSequence.get(visit.getPlanId() + "/" + (visit.getSequence() + 1)));
            }
            for (Visit other : byPatient.get(visit.getPatientId())) {
                if (other != visit && !ties.contains(other)) {
                    ties.add(other);
                }
            }
            if (!ties.isEmpty() || visit.getPreviousGivenStart() != null) {
                related.put(visit, ties);
            }
        }
    }

    private static void addIfPresent(List<Visit> ties, Visit visit) {
        if (visit != null) {
            ties.add(visit);
        }
    }

    boolean isEmpty() {
        return related.isEmpty();
    }

    boolean hasTies(Visit visit) {
        return related.containsKey(visit);
    }

    /**
     * Whether the visit may start at {@code start} on a shift of {@code day}, given where its
     * related visits are now.
     *
     * @param placement for a related visit, its route and start now, or null if it is not placed
     */
    boolean allows(Visit visit, long start, LocalDate day, Function<Visit, Placed> placement) {
        Long given = visit.getPreviousGivenStart();
        if (given != null && (start - given < visit.getMinSecondsAfterPrevious()
                || start - given > visit.getMaxSecondsAfterPrevious())) {
            return false;
        }
        List<Visit> ties = related.get(visit);
        if (ties == null) {
            return true;
        }
        for (Visit other : ties) {
            Placed placed = placement.apply(other);
            if (placed == null) {
                continue;
            }
            if (other.getPatientId() == visit.getPatientId() && day != null && day.equals(placed.shift().getDay())) {
                return false;
            }
            if (other.getPlanId() == visit.getPlanId() && other.getPlanId() != 0) {
                if (other.getSequence() == visit.getSequence() - 1 && !gapOk(placed.start(), start, visit)) {
                    return false;
                }
                if (other.getSequence() == visit.getSequence() + 1 && !gapOk(start, placed.start(), other)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The plan's gap rule between two visits placed at these starts, if they are consecutive infusions. */
    static boolean pairAllows(Visit a, long startA, Visit b, long startB) {
        if (a.getPlanId() != b.getPlanId() || a.getPlanId() == 0) {
            return true;
        }
        if (a.getSequence() + 1 == b.getSequence()) {
            return gapOk(startA, startB, b);
        }
        return b.getSequence() + 1 != a.getSequence() || gapOk(startB, startA, a);
    }

    private static boolean gapOk(long earlierStart, long laterStart, Visit later) {
        long gap = laterStart - earlierStart;
        return gap >= later.getMinSecondsAfterPrevious() && gap <= later.getMaxSecondsAfterPrevious();
    }

    /** Where a related visit is now. */
    record Placed(Shift shift, long start) {
    }
}
