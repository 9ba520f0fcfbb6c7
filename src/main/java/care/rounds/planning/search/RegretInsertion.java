package care.rounds.planning.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.Shift;
import care.rounds.planning.Visit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Construction by regret-2 insertion, as a custom phase before local search: each step inserts the
 * unassigned visit whose cheapest feasible insertion (least extra distance) beats its cheapest
 * insertion into any other shift by the most, because that visit loses most by waiting. Only
 * insertions that keep windows, the return home, dose kits, credential, licence and the ties
 * between visits ({@link VisitRelations}: plan gaps, one visit per patient per day) are considered; visits that fit nowhere stay unassigned for local search to deal with.
 * <p>
 * Why not Timefold's construction heuristic: it scores every (visit, position) pair through the
 * score director, which takes seconds for 100 visits; this works on arrays with O(1) insertion
 * checks ({@link RouteTimes}) and takes milliseconds. Pinned prefixes stay as they are.
 */
public class RegretInsertion implements PhaseCommand<InfusionSchedule> {

    @Override
    public void changeWorkingSolution(ScoreDirector<InfusionSchedule> scoreDirector, BooleanSupplier isPhaseTerminated) {
        InfusionSchedule schedule = scoreDirector.getWorkingSolution();
        List<RouteTimes> routes = new ArrayList<>();
        for (Shift shift : schedule.getShifts()) {
            routes.add(new RouteTimes(shift, shift.getVisits(), schedule.getTravelTimes()));
        }
        List<Visit> unassigned = new ArrayList<>(schedule.unassignedVisits());
        VisitRelations relations = new VisitRelations(schedule);
        Map<Visit, RouteTimes> placedIn = new IdentityHashMap<>();
        for (RouteTimes route : routes) {
            route.visits.forEach(visit -> placedIn.put(visit, route));
        }
        Function<Visit, VisitRelations.Placed> placement = visit -> {
            RouteTimes route = placedIn.get(visit);
            return route == null ? null : route.placed(visit);
        };
        // Which shifts could ever take each visit (qualification, and hours overlapping its window):
        // a clinic has hundreds of shifts over a horizon, and most are on other days.
        Map<Visit, List<RouteTimes>> candidates = new IdentityHashMap<>();
        for (Visit visit : unassigned) {
            candidates.put(visit, routes.stream().filter(route -> route.couldEverTake(visit)).toList());
        }
        long[] cost = new long[1];
        while (!unassigned.isEmpty() && !isPhaseTerminated.getAsBoolean()) {
            Visit chosen = null;
            RouteTimes chosenRoute = null;
            int chosenPosition = -1;
            long chosenCost = Long.MAX_VALUE;
            long chosenRegret = -1;
            for (Visit visit : unassigned) {
                RouteTimes bestRoute = null;
                int bestPosition = -1;
                long bestCost = Long.MAX_VALUE;
                long secondCost = Long.MAX_VALUE;
                Set<String> emptyKinds = new HashSet<>();
                for (RouteTimes route : candidates.get(visit)) {
                    // Identical empty shifts offer identical insertions: count one, or the regret would be 0.
                    if (route.visits.isEmpty() && !emptyKinds.add(route.emptyKind())) {
                        continue;
                    }
                    int position = route.cheapestPosition(visit, null, 0, cost, relations, placement);
                    if (position < 0) {
                        continue;
                    }
                    if (cost[0] < bestCost) {
                        secondCost = bestCost;
                        bestCost = cost[0];
                        bestRoute = route;
                        bestPosition = position;
                    } else if (cost[0] < secondCost) {
                        secondCost = cost[0];
                    }
                }
                if (bestRoute == null) {
                    continue;
                }
                long regret = secondCost == Long.MAX_VALUE ? Long.MAX_VALUE / 4 : secondCost - bestCost;
                if (regret > chosenRegret || (regret == chosenRegret && bestCost < chosenCost)) {
                    chosen = visit;
                    chosenRoute = bestRoute;
                    chosenPosition = bestPosition;
                    chosenCost = bestCost;
                    chosenRegret = regret;
                }
            }
            if (chosen == null) {
                break;
            }
            chosenRoute.insert(chosen, chosenPosition);
            placedIn.put(chosen, chosenRoute);
            unassigned.remove(chosen);
        }
        for (RouteTimes route : routes) {
            apply(route, scoreDirector);
        }
        scoreDirector.triggerVariableListeners();
    }

    private static void apply(RouteTimes route, ScoreDirector<InfusionSchedule> scoreDirector) {
        Shift shift = route.shift;
        int originalSize = shift.getVisits().size();
        if (route.visits.size() == originalSize) {
            return;
        }
        Set<Visit> before = new HashSet<>(shift.getVisits());
        List<Visit> added = route.visits.stream().filter(visit -> !before.contains(visit)).toList();
        // Insertions never go before the pinned visits, so the change starts after them: Timefold
        // refuses any change that touches a pinned part of a list.
        int from = Math.min(shift.getPinnedVisitCount(), originalSize);
        scoreDirector.beforeListVariableChanged(shift, "visits", from, originalSize);
        for (Visit visit : added) {
            scoreDirector.beforeListVariableElementAssigned(shift, "visits", visit);
        }
        shift.getVisits().subList(from, originalSize).clear();
        shift.getVisits().addAll(route.visits.subList(from, route.visits.size()));
        for (Visit visit : added) {
            scoreDirector.afterListVariableElementAssigned(shift, "visits", visit);
        }
        scoreDirector.afterListVariableChanged(shift, "visits", from, route.visits.size());
    }
}
