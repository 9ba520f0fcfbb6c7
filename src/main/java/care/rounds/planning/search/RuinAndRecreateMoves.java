package care.rounds.planning.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.Shift;
import care.rounds.planning.TravelTimeMatrix;
import care.rounds.planning.Visit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Ruin and recreate moves with our own nearness, since Community Edition has no nearby selection.
 * <p>
 * Ruin removes a few strings (runs of consecutive visits) from routes that pass near a random seed
 * visit: the seed's nearest visits by distance pick the routes, so what is removed is close
 * together and can be rearranged. Recreate puts the removed (and any unassigned) visits back one
 * by one, each at its cheapest feasible position over all routes, in one of a few orders (random,
 * most dose kits first, farthest from home first, nearest first), sometimes skipping a position
 * ("blinks") so equal choices do not always win. This follows slack induction by string removals
 * (Christiaens and Vanden Berghe, Transportation Science 2020); the acceptor is Timefold's.
 * <p>
 * Checks are O(1) per position ({@link RouteTimes}) and only windows, the return home and dose
 * kits are checked here; Timefold's score has the last word on every move.
 */
public class RuinAndRecreateMoves implements MoveIteratorFactory<InfusionSchedule, RuinAndRecreateMove> {

    private static final double AVERAGE_REMOVED = 10;
    private static final int MAX_STRING = 10;
    private static final double BLINK_RATE = 0.01;
    private static final int NEIGHBOURS = 40;

    private PlanningListVariableMetaModel<InfusionSchedule, Shift, Visit> visitsVariable;
    private Map<Visit, List<Visit>> nearest;
    private VisitRelations relations;

    @Override
    public void phaseStarted(ScoreDirector<InfusionSchedule> scoreDirector) {
        visitsVariable = ((InnerScoreDirector<InfusionSchedule, ?>) scoreDirector).getSolutionDescriptor().getMetaModel()
                .genuineEntity(Shift.class).listVariable("visits", Visit.class);
        InfusionSchedule schedule = scoreDirector.getWorkingSolution();
        TravelTimeMatrix matrix = schedule.getTravelTimes();
        relations = new VisitRelations(schedule);
        nearest = new IdentityHashMap<>();
        for (Visit visit : schedule.getVisits()) {
            nearest.put(visit, schedule.getVisits().stream()
                    .filter(other -> other != visit)
                    .sorted(Comparator.comparingLong(other -> matrix.meters(visit.getLocation(), other.getLocation())))
                    .limit(NEIGHBOURS)
                    .toList());
        }
    }

    @Override
    public long getSize(ScoreDirector<InfusionSchedule> scoreDirector) {
        long n = scoreDirector.getWorkingSolution().getVisits().size();
        return n * n;
    }

    @Override
    public Iterator<RuinAndRecreateMove> createOriginalMoveIterator(ScoreDirector<InfusionSchedule> scoreDirector) {
        throw new UnsupportedOperationException("Ruin and recreate moves are random only.");
    }

    @Override
    public Iterator<RuinAndRecreateMove> createRandomMoveIterator(ScoreDirector<InfusionSchedule> scoreDirector,
                                                                  Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RuinAndRecreateMove next() {
                return createMove(scoreDirector.getWorkingSolution(), random);
            }
        };
    }

    RuinAndRecreateMove createMove(InfusionSchedule schedule, Random random) {
        TravelTimeMatrix matrix = schedule.getTravelTimes();
        List<Shift> shifts = schedule.getShifts();
        Map<Shift, RouteTimes> routes = new IdentityHashMap<>(2 * shifts.size());
        List<RouteTimes> routeList = new ArrayList<>(shifts.size());
        int assigned = 0;
        int usedRoutes = 0;
        for (Shift shift : shifts) {
            RouteTimes route = new RouteTimes(shift, shift.getVisits(), matrix);
            routes.put(shift, route);
            routeList.add(route);
            assigned += shift.getVisits().size();
            usedRoutes += shift.getVisits().isEmpty() ? 0 : 1;
        }
        List<RuinAndRecreateMove.Removal> removals = new ArrayList<>();
        List<Visit> removed = new ArrayList<>(schedule.unassignedVisits());
        if (assigned > 0) {
            ruin(schedule, routes, random, (double) assigned / Math.max(1, usedRoutes), removals, removed);
        }
        Function<Visit, VisitRelations.Placed> placement = placementOf(routeList);
        recreate(routeList, shifts, removed, random, matrix, placement);
        List<RuinAndRecreateMove.Insertion> insertions = new ArrayList<>();
        Set<Visit> removedSet = new HashSet<>(removed);
        for (RouteTimes route : routeList) {
            Shift shift = route.shift;
            List<Visit> order = route.visits;
            for (int i = 0; i < order.size(); i++) {
                if (removedSet.contains(order.get(i))) {
                    insertions.add(new RuinAndRecreateMove.Insertion(order.get(i), shift, i));
                }
            }
        }
        return new RuinAndRecreateMove(visitsVariable, removals, insertions);
    }

    private void ruin(InfusionSchedule schedule, Map<Shift, RouteTimes> routes, Random random, double averageRoute,
                      List<RuinAndRecreateMove.Removal> removals, List<Visit> removed) {
        double maxStringLength = Math.min(MAX_STRING, averageRoute);
        double maxStrings = 4 * AVERAGE_REMOVED / (1 + maxStringLength) - 1;
        int strings = (int) (random.nextDouble() * maxStrings) + 1;
        List<Visit> all = schedule.getVisits();
        Visit seed;
        do {
            seed = all.get(random.nextInt(all.size()));
        } while (seed.getShift() == null);
        Set<Shift> ruined = new HashSet<>();
        List<Visit> candidates = new ArrayList<>(NEIGHBOURS + 1);
        candidates.add(seed);
        candidates.addAll(nearest.get(seed));
        for (Visit candidate : candidates) {
            if (ruined.size() >= strings) {
                break;
            }
            Shift shift = candidate.getShift();
            if (shift == null || ruined.contains(shift)) {
                continue;
            }
            List<Visit> route = shift.getVisits();
            int index = route.indexOf(candidate);
            int pinned = shift.getPinnedVisitCount();
            if (index < pinned) {
                continue;
            }
            int maxLength = (int) Math.min(route.size() - pinned, maxStringLength);
            int length = 1 + random.nextInt(Math.max(1, maxLength));
            int firstLowest = Math.max(pinned, index - length + 1);
            int firstHighest = Math.min(index, route.size() - length);
            int first = firstLowest + random.nextInt(Math.max(1, firstHighest - firstLowest + 1));
            ruined.add(shift);
            RouteTimes times = routes.get(shift);
            for (int i = first + length - 1; i >= first; i--) {
                removals.add(new RuinAndRecreateMove.Removal(shift, i));
                removed.add(times.visits.remove(i));
            }
            times.refresh();
        }
    }

    /** Where tied visits are during this move's recreate; nothing to track when nothing is tied (Solomon). */
    private Function<Visit, VisitRelations.Placed> placementOf(List<RouteTimes> routes) {
        if (relations.isEmpty()) {
            return visit -> null;
        }
        Map<Visit, RouteTimes> placedIn = new IdentityHashMap<>();
        for (RouteTimes route : routes) {
            route.visits.forEach(visit -> placedIn.put(visit, route));
        }
        return visit -> {
            RouteTimes route = placedIn.get(visit);
            if (route == null) {
                // Put back during this recreate: find it (rare, small routes).
                route = routes.stream().filter(candidate -> candidate.visits.contains(visit)).findFirst().orElse(null);
            }
            return route == null || !route.visits.contains(visit) ? null : route.placed(visit);
        };
    }

    private void recreate(List<RouteTimes> routes, List<Shift> shifts, List<Visit> removed, Random random,
                          TravelTimeMatrix matrix, Function<Visit, VisitRelations.Placed> placement) {
        int order = random.nextInt(11);
        if (order < 4) {
            java.util.Collections.shuffle(removed, random);
        } else if (order < 8) {
            removed.sort(Comparator.comparingInt(Visit::getDoseKits).reversed());
        } else if (order < 10) {
            removed.sort(Comparator.comparingLong((Visit visit) -> homeDistance(visit, shifts, matrix)).reversed());
        } else {
            removed.sort(Comparator.comparingLong(visit -> homeDistance(visit, shifts, matrix)));
        }
        long[] cost = new long[1];
        for (Visit visit : removed) {
            RouteTimes bestRoute = null;
            int bestPosition = -1;
            long bestCost = Long.MAX_VALUE;
            for (RouteTimes route : routes) {
                int position = route.cheapestPosition(visit, random, BLINK_RATE, cost, relations, placement);
                if (position >= 0 && cost[0] < bestCost) {
                    bestCost = cost[0];
                    bestRoute = route;
                    bestPosition = position;
                }
            }
            if (bestRoute != null) {
                bestRoute.insert(visit, bestPosition);
            }
        }
    }

    private static long homeDistance(Visit visit, List<Shift> shifts, TravelTimeMatrix matrix) {
        return shifts.isEmpty() ? 0 : matrix.meters(shifts.get(0).getHomeLocation(), visit.getLocation());
    }
}
