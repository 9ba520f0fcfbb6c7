package care.rounds.planning.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.Shift;
import care.rounds.planning.Visit;

import java.util.List;

/**
 * The result of one ruin and recreate, as list operations: take the removed visits out of their
 * routes, then put every visit of each changed route's new order in place. Timefold scores it,
 * accepts or rejects it, and undoes it like any other move.
 */
final class RuinAndRecreateMove implements Move<InfusionSchedule> {

    /** A visit taken out of a shift's list at an index (indexes of one shift in descending order). */
    record Removal(Shift shift, int index) {
    }

    /** A visit put into a shift's list at its index in the new order (ascending per shift). */
    record Insertion(Visit visit, Shift shift, int index) {
    }

    private final PlanningListVariableMetaModel<InfusionSchedule, Shift, Visit> visits;
    private final List<Removal> removals;
    private final List<Insertion> insertions;

    RuinAndRecreateMove(PlanningListVariableMetaModel<InfusionSchedule, Shift, Visit> visits, List<Removal> removals,
                        List<Insertion> insertions) {
        this.visits = visits;
        this.removals = removals;
        this.insertions = insertions;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<InfusionSchedule> scoreDirector) {
        return !removals.isEmpty() || !insertions.isEmpty();
    }

    @Override
    public void execute(MutableSolutionView<InfusionSchedule> view) {
        for (Removal removal : removals) {
            view.unassignValue(visits, removal.shift(), removal.index());
        }
        for (Insertion insertion : insertions) {
            view.assignValueAndAdd(visits, insertion.visit(), insertion.shift(), insertion.index());
        }
    }

    @Override
    public String toString() {
        return "RuinAndRecreate(" + removals.size() + " out, " + insertions.size() + " in)";
    }
}
