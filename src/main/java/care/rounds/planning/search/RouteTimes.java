package care.rounds.planning.search;

import care.rounds.planning.Shift;
import care.rounds.planning.TravelTimeMatrix;
import care.rounds.planning.Visit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A route (one shift's visits) with what makes an insertion check O(1): the departure from each
 * visit, and the latest start at each visit that still lets every later visit start in its window
 * and the shift get home in time (computed backwards). Used by construction and by ruin and
 * recreate; it knows windows, the return home and dose kits only, not the clinic's other rules.
 * A visit whose patient was told this clinician and a time counts as late once it would start
 * beyond the told time's tolerance: inserting another visit never pushes a told patient out of
 * what they were told (local search may still do it, when only that places a visit).
 */
final class RouteTimes {

    static final long INFEASIBLE = -1;
    static final long TOO_LATE = -2;

    final Shift shift;
    final List<Visit> visits;
    private final TravelTimeMatrix matrix;
    private long[] departure;
    private long[] latestStart;
    private int load;
    private String emptyKind;

    RouteTimes(Shift shift, List<Visit> visits, TravelTimeMatrix matrix) {
        this.shift = shift;
        this.visits = new ArrayList<>(visits);
        this.matrix = matrix;
        refresh();
    }

    private long returnBy() {
        return shift.getEnd() + shift.getAllowedOvertime();
    }

    void refresh() {
        int k = visits.size();
        departure = new long[k];
        latestStart = new long[k];
        load = 0;
        long time = shift.getStart();
        int from = shift.getHomeLocation();
        for (int i = 0; i < k; i++) {
            Visit visit = visits.get(i);
            long start = Math.max(time + matrix.seconds(from, visit.getLocation()), visit.getEarliestStart());
            departure[i] = start + visit.getDuration();
            time = departure[i];
            from = visit.getLocation();
            load += visit.getDoseKits();
        }
        long latestNext = returnBy();
        int next = shift.getHomeLocation();
        for (int i = k - 1; i >= 0; i--) {
            Visit visit = visits.get(i);
            latestStart[i] = Math.min(visit.latestStartKeepingPromise(shift),
                    latestNext - matrix.seconds(visit.getLocation(), next) - visit.getDuration());
            latestNext = latestStart[i];
            next = visit.getLocation();
        }
    }

    int pinnedCount() {
        return Math.min(shift.getPinnedVisitCount(), visits.size());
    }

    /**
     * Whether the shift may take the visit at all: dose kits left, and, where the visit says so,
     * the credential and the licence for the patient's state. (Solomon visits name neither.)
     */
    boolean canTake(Visit visit) {
        return load + visit.getDoseKits() <= shift.getDoseKits()
                && (visit.getAllowedCredentials().isEmpty() || visit.getAllowedCredentials().contains(shift.getCredential()))
                && (visit.getPatientState() == null || shift.getLicensedStates().contains(visit.getPatientState()));
    }

    /** Qualification and hours only: false means no content of this route will ever fit the visit. */
    boolean couldEverTake(Visit visit) {
        return visit.getDoseKits() <= shift.getDoseKits()
                && (visit.getAllowedCredentials().isEmpty() || visit.getAllowedCredentials().contains(shift.getCredential()))
                && (visit.getPatientState() == null || shift.getLicensedStates().contains(visit.getPatientState()))
                && shift.getStart() <= visit.getLatestStart()
                && visit.getEarliestStart() + visit.getDuration() <= returnBy();
    }

    /**
     * The cheapest feasible position, or -1; with {@code blink}, each position is skipped with that
     * chance. Visits tied to others (same plan or patient) are also checked against where those are.
     */
    int cheapestPosition(Visit visit, java.util.Random random, double blink, long[] costOut,
                         VisitRelations relations, Function<Visit, VisitRelations.Placed> placement) {
        if (!canTake(visit)) {
            return -1;
        }
        boolean tied = relations.hasTies(visit);
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int position = pinnedCount(); position <= visits.size(); position++) {
            long cost = insertionCost(visit, position);
            if (cost == TOO_LATE) {
                break;
            }
            if (cost == INFEASIBLE || (blink > 0 && random.nextDouble() < blink)) {
                continue;
            }
            if (cost < bestCost && (!tied
                    || relations.allows(visit, startIfInsertedAt(visit, position), shift.getDay(), placement))
                    && (relations.isEmpty() || pushedVisitsKeepTies(visit, position, relations, placement))) {
                bestCost = cost;
                best = position;
            }
        }
        costOut[0] = bestCost;
        return best;
    }

    /** Inserting a visit delays the ones after it: those tied to other visits must still keep their ties. */
    private boolean pushedVisitsKeepTies(Visit visit, int position, VisitRelations relations,
                                         Function<Visit, VisitRelations.Placed> placement) {
        long visitStart = startIfInsertedAt(visit, position);
        long time = visitStart + visit.getDuration();
        int from = visit.getLocation();
        for (int i = position; i < visits.size(); i++) {
            Visit pushed = visits.get(i);
            long start = Math.max(time + matrix.seconds(from, pushed.getLocation()), pushed.getEarliestStart());
            long oldStart = departure[i] - pushed.getDuration();
            if (start == oldStart) {
                return true; // waiting absorbed the delay: nothing later moves
            }
            if (relations.hasTies(pushed) && (!relations.allows(pushed, start, shift.getDay(), placement)
                    || !VisitRelations.pairAllows(visit, visitStart, pushed, start))) {
                return false;
            }
            time = start + pushed.getDuration();
            from = pushed.getLocation();
        }
        return true;
    }

    private long startIfInsertedAt(Visit visit, int position) {
        int before = position == 0 ? shift.getHomeLocation() : visits.get(position - 1).getLocation();
        long leave = position == 0 ? shift.getStart() : departure[position - 1];
        return Math.max(leave + matrix.seconds(before, visit.getLocation()), visit.getEarliestStart());
    }

    /** Where a visit of this route starts now; the visit must be in the route. */
    VisitRelations.Placed placed(Visit visit) {
        int index = visits.indexOf(visit);
        return new VisitRelations.Placed(shift, departure[index] - visit.getDuration());
    }

    /** Shifts that look the same to a visit (same home, hours, kits and qualifications) when empty. */
    String emptyKind() {
        if (emptyKind == null) {
            emptyKind = shift.getHomeLocation() + "/" + shift.getStart() + "/" + shift.getEnd() + "/"
                    + shift.getAllowedOvertime() + "/" + shift.getDoseKits() + "/" + shift.getCredential() + "/"
                    + shift.getLicensedStates();
        }
        return emptyKind;
    }

    /**
     * Extra distance of putting the visit at this position, or -1 if that breaks a window, the
     * return home or a road. Positions are tried in order, and {@link #TOO_LATE} says no later
     * position can work either (the visit would be reached too late).
     */
    long insertionCost(Visit visit, int position) {
        int u = visit.getLocation();
        int before = position == 0 ? shift.getHomeLocation() : visits.get(position - 1).getLocation();
        long leave = position == 0 ? shift.getStart() : departure[position - 1];
        long arrival = leave + matrix.seconds(before, u);
        if (arrival > visit.getLatestStart()) {
            return TOO_LATE;
        }
        boolean last = position == visits.size();
        int after = last ? shift.getHomeLocation() : visits.get(position).getLocation();
        if (!matrix.reachable(before, u) || !matrix.reachable(u, after)) {
            return INFEASIBLE;
        }
        long arriveNext = Math.max(arrival, visit.getEarliestStart()) + visit.getDuration() + matrix.seconds(u, after);
        boolean feasible = last ? arriveNext <= returnBy()
                : Math.max(arriveNext, visits.get(position).getEarliestStart()) <= latestStart[position];
        if (!feasible) {
            return INFEASIBLE;
        }
        return matrix.meters(before, u) + matrix.meters(u, after) - matrix.meters(before, after);
    }

    void insert(Visit visit, int position) {
        visits.add(position, visit);
        refresh();
    }
}
