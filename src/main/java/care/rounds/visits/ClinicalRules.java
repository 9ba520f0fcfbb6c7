package care.rounds.visits;

import java.util.List;

/**
 * The clinic's rules, checked on the days a change touches: implemented by the planning module with the
 * planner's own constraints, so a change by hand keeps exactly the rules the planner keeps. The visits
 * module asks it before every command that puts a visit on a clinician's route.
 */
public interface ClinicalRules {

    /**
     * The rules these placements, made together, would newly break (a rule already broken on that day
     * before the change is not the change's doing), and the unpinned visits they push later within their windows.
     */
    RuleVerdict check(List<Placement> placements);
}
