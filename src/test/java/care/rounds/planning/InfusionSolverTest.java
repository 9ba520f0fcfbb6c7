package care.rounds.planning;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.Test;

import care.rounds.planning.search.RegretInsertion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static care.rounds.planning.Clinic.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The clinic's solver config on a small week: every rule kept, everything assigned. */
class InfusionSolverTest {

    @Test
    void smallWeekIsPlannedFeasiblyWithCredentialsAndGapsKept() {
        List<Shift> shifts = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            shifts.add(shift("rn-" + day, 1, day));
            shifts.add(shift("crna-" + day, 2, day).withCredential("CRNA"));
            shifts.add(supervisingNp(day));
        }
        List<Visit> visits = new ArrayList<>();
        for (int patient = 1; patient <= 3; patient++) {
            for (int sequence = 1; sequence <= 3; sequence++) {
                int day = (sequence - 1) * 2;
                Visit visit = visit("p" + patient + "-" + sequence, patient, patient, day)
                        .withPlan(patient, sequence, 0)
                        .withGapToPrevious(Duration.ofHours(44), Duration.ofHours(96));
                if (patient == 3) {
                    visit.withAllowedCredentials(Set.of("CRNA"));
                }
                visits.add(visit);
            }
        }
        InfusionSchedule problem = schedule(shifts, visits);

        Solver<InfusionSchedule> solver = SolverFactory.<InfusionSchedule>create(
                        SolverConfig.createFromXmlResource("solverConfig.xml"))
                .buildSolver(new SolverConfigOverride<InfusionSchedule>().withTerminationConfig(
                        new TerminationConfig().withSecondsSpentLimit(3L)));
        InfusionSchedule solution = solver.solve(problem);

        assertThat(solution.getScore().isFeasible()).as(solution.getScore().toString()).isTrue();
        assertThat(solution.unassignedVisits()).isEmpty();
        solution.getVisits().stream().filter(visit -> visit.getPatientId() == 3)
                .forEach(visit -> assertThat(visit.getShift().getCredential()).isEqualTo("CRNA"));
    }

    @Test
    void visitsAreAddedAfterAPinnedVisitWithoutTouchingIt() {
        Visit started = visit("started", 9, 1, 0).withPinned(true);
        Shift withPinned = shift("rn-pinned", 1, 0).withPinnedVisits(List.of(started));
        List<Visit> visits = new ArrayList<>(List.of(started));
        for (int patient = 1; patient <= 2; patient++) {
            visits.add(visit("p" + patient, patient, patient, 0));
        }
        InfusionSchedule problem = schedule(List.of(withPinned, supervisingNp(0)), visits);

        Solver<InfusionSchedule> solver = SolverFactory.<InfusionSchedule>create(
                        SolverConfig.createFromXmlResource("solverConfig.xml"))
                .buildSolver(new SolverConfigOverride<InfusionSchedule>().withTerminationConfig(
                        new TerminationConfig().withSecondsSpentLimit(2L)));
        InfusionSchedule solution = solver.solve(problem);

        Shift day = solution.getShifts().get(0);
        assertThat(day.getVisits().get(0).getId()).isEqualTo("started");
        assertThat(day.getVisits()).hasSizeGreaterThan(1);
    }

    @Test
    void aVisitIsInsertedWhereItPushesNoToldPatientOutOfWhatTheyWereTold() {
        Duration tolerance = Duration.ofMinutes(15);
        Visit first = visit("told-first", 1, 1, 0).withTold(1L, Instant.ofEpochSecond(DAY_ONE + LEG), tolerance);
        Visit second = visit("told-second", 2, 2, 0)
                .withTold(1L, Instant.ofEpochSecond(DAY_ONE + LEG + 100 * MINUTE + LEG), tolerance);
        Visit urgent = new Visit("urgent", 3, 3, DAY_ONE, DAY_ONE + 30 * MINUTE, 100 * MINUTE)
                .withAllowedCredentials(Set.of("RN")).withPatientState("GA").withPlan(300, 1, 0);
        Shift toldClinician = route(shift("rn-1", 1, 0), first, second);
        Shift other = shift("rn-2", 2, 0);
        InfusionSchedule problem = schedule(List.of(toldClinician, other, supervisingNp(0)),
                List.of(first, second, urgent));

        SolverConfig constructionOnly = new SolverConfig()
                .withSolutionClass(InfusionSchedule.class)
                .withEntityClasses(Shift.class, Visit.class)
                .withConstraintProviderClass(InfusionConstraints.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new RegretInsertion()));
        InfusionSchedule solution = SolverFactory.<InfusionSchedule>create(constructionOnly).buildSolver().solve(problem);

        // Before the urgent visit on the told clinician's route is 1 km cheaper, but pushes both patients 110 min.
        assertThat(visitIn(solution, "urgent").getShift().getId()).isEqualTo("rn-2");
        assertThat(solution.getVisits()).noneMatch(Visit::movedFromTold);
    }

    /** An NP on duty all day, so the RNs' infusions are supervised; licensed nowhere, so she gives none herself. */
    private static Shift supervisingNp(int day) {
        return shift("np-" + day, 99, day).withCredential("NP").withLicensedStates(Set.of());
    }

    private static Visit visitIn(InfusionSchedule solution, String id) {
        return solution.getVisits().stream().filter(visit -> visit.getId().equals(id)).findFirst().orElseThrow();
    }
}
