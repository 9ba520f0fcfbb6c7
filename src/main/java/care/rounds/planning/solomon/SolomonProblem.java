package care.rounds.planning.solomon;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.PlannerWeights;
import care.rounds.planning.PlanningConstraint;
import care.rounds.planning.Shift;
import care.rounds.planning.TravelTimeMatrix;
import care.rounds.planning.Visit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Solomon instance onto the clinic's planning model, unchanged: the depot is the clinic
 * (every shift's home base), each vehicle is a shift whose dose kits are the capacity, each
 * customer is a visit whose dose kits are its demand and whose window is [ready, due] on the
 * start of service. At most NUMBER vehicles: there are exactly that many shifts. The score is the
 * clinic's own constraint provider with Solomon's weights ({@link #WEIGHTS}).
 * <p>
 * Precision: the model counts time and distance in longs, so Solomon's units are scaled by
 * {@link #SCALE}. Travel times are rounded up, so a route the solver finds on time is also on time
 * in exact double arithmetic (as the independent checker computes it); distances are rounded to
 * nearest for the objective, and the reported distance is recomputed in doubles.
 */
final class SolomonProblem {

    static final long SCALE = 10_000;

    private SolomonProblem() {
    }

    static InfusionSchedule toSchedule(SolomonInstance instance) {
        int n = instance.locations();
        long[][] times = new long[n][n];
        long[][] distances = new long[n][n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                double distance = instance.distance(from, to);
                times[from][to] = (long) Math.ceil(distance * SCALE);
                distances[from][to] = Math.round(distance * SCALE);
            }
        }
        List<Shift> vehicles = new ArrayList<>();
        for (int v = 0; v < instance.vehicles(); v++) {
            vehicles.add(new Shift("vehicle-" + (v + 1), v + 1, 0,
                    instance.ready()[0] * SCALE, instance.due()[0] * SCALE)
                    .withDoseKits(instance.capacity()));
        }
        List<Visit> customers = new ArrayList<>();
        for (int c = 1; c < n; c++) {
            customers.add(new Visit("c" + c, c, c, instance.ready()[c] * SCALE, instance.due()[c] * SCALE,
                    instance.service()[c] * SCALE)
                    .withDoseKits(instance.demand()[c]));
        }
        return new InfusionSchedule(TravelTimeMatrix.of(times, distances), vehicles, customers).withWeights(WEIGHTS);
    }

    /**
     * Solomon's objective on the clinic's constraints: windows (start by the due date), back at the
     * depot by its due date, capacity, every customer served, then distance. Everything that only
     * the clinic knows (credentials, licences, plans, preferences, fairness, drive time) weighs 0.
     */
    static final ConstraintWeightOverrides<HardMediumSoftLongScore> WEIGHTS = solomonWeights();

    private static ConstraintWeightOverrides<HardMediumSoftLongScore> solomonWeights() {
        Set<PlanningConstraint> kept = EnumSet.of(PlanningConstraint.START_IN_WINDOW, PlanningConstraint.SHIFT_END,
                PlanningConstraint.DOSE_KITS, PlanningConstraint.UNREACHABLE_LEG, PlanningConstraint.UNASSIGNED);
        Map<String, Long> weights = new HashMap<>();
        for (PlanningConstraint constraint : PlanningConstraint.values()) {
            weights.put(constraint.key(), kept.contains(constraint) ? constraint.defaultWeightValue() : 0L);
        }
        weights.put(PlanningConstraint.DRIVE_DISTANCE.key(), 1L);
        return new PlannerWeights(weights).overrides();
    }

    /** Routes as customer numbers, non-empty vehicles only. */
    static List<List<Integer>> routes(InfusionSchedule schedule) {
        List<List<Integer>> routes = new ArrayList<>();
        for (Shift vehicle : schedule.getShifts()) {
            if (!vehicle.getVisits().isEmpty()) {
                routes.add(vehicle.getVisits().stream().map(Visit::getLocation).toList());
            }
        }
        return routes;
    }

    /** Total distance in exact double arithmetic, as the checker computes it. */
    static double distance(SolomonInstance instance, List<List<Integer>> routes) {
        double total = 0;
        for (List<Integer> route : routes) {
            int from = 0;
            for (int customer : route) {
                total += instance.distance(from, customer);
                from = customer;
            }
            total += instance.distance(from, 0);
        }
        return total;
    }
}
