package care.rounds.planning;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static care.rounds.planning.Clinic.*;

/** One pair per constraint: a case penalised by the exact amount, and one not penalised. */
class InfusionConstraintsTest {

    private final ConstraintVerifier<InfusionConstraints, InfusionSchedule> verifier =
            ConstraintVerifier.build(new InfusionConstraints(), InfusionSchedule.class, Shift.class, Visit.class);

    @Test
    void visitNeedingCrnaIsPenalisedWithAnRn() {
        Visit visit = visit("v1", 1, 1, 0).withAllowedCredentials(Set.of("CRNA"));
        verifier.verifyThat(InfusionConstraints::credential)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void visitNeedingCrnaIsFineWithACrna() {
        Visit visit = visit("v1", 1, 1, 0).withAllowedCredentials(Set.of("CRNA"));
        verifier.verifyThat(InfusionConstraints::credential)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0).withCredential("CRNA"), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void clinicianWithoutLicenceInPatientsStateIsPenalised() {
        Visit visit = visit("v1", 1, 1, 0);
        Shift floridaOnly = shift("s1", 1, 0).withLicensedStates(Set.of("FL"));
        verifier.verifyThat(InfusionConstraints::licence)
                .givenSolution(schedule(List.of(route(floridaOnly, visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void clinicianLicensedInPatientsStateIsFine() {
        Visit visit = visit("v1", 1, 1, 0);
        verifier.verifyThat(InfusionConstraints::licence)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void rnInfusionWithNoPhysicianOrNursePractitionerOnDutyIsPenalised() {
        // the NP's shift ends at 10:00; the RN's visit runs 8:10-9:50 on day one and 8:10-9:50 on day two
        Visit covered = visit("v1", 1, 1, 0);
        Visit alone = visit("v2", 2, 2, 1);
        Shift npMorning = new Shift("np", 2, 0, DAY_ONE, DAY_ONE + 2 * HOUR).withCredential("NP")
                .withLicensedStates(Set.of("GA")).withDay(MONDAY);
        Shift npEndsEarly = new Shift("np2", 2, 0, DAY_ONE + DAY, DAY_ONE + DAY + HOUR).withCredential("NP")
                .withLicensedStates(Set.of("GA")).withDay(MONDAY.plusDays(1));
        verifier.verifyThat(InfusionConstraints::rnSupervision)
                .givenSolution(schedule(List.of(route(shift("rn", 1, 0), covered), route(shift("rn2", 1, 1), alone),
                        npMorning, npEndsEarly), List.of(covered, alone)))
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void rnInfusionWithAPhysicianOnDutyForTheWholeVisitIsFine() {
        Visit visit = visit("v1", 1, 1, 0);
        Shift md = new Shift("md", 2, 0, DAY_ONE, DAY_ONE + 8 * HOUR).withCredential("MD")
                .withLicensedStates(Set.of("GA")).withDay(MONDAY);
        Shift crnaAlone = new Shift("crna", 3, 0, DAY_ONE, DAY_ONE + 8 * HOUR).withCredential("CRNA")
                .withLicensedStates(Set.of("GA")).withDay(MONDAY);
        Visit byCrna = visit("v2", 2, 2, 0);
        verifier.verifyThat(InfusionConstraints::rnSupervision)
                .givenSolution(schedule(List.of(route(shift("rn", 1, 0), visit), md, route(crnaAlone, byCrna)),
                        List.of(visit, byCrna)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void startAfterWindowIsPenalisedPerMinute() {
        // Arrives 10 min after the shift starts; the window closed 5 min after it.
        Visit visit = new Visit("v1", 1, 1, DAY_ONE, DAY_ONE + 5 * MINUTE, 100 * MINUTE);
        verifier.verifyThat(InfusionConstraints::startInWindow)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(5);
    }

    @Test
    void earlyArrivalWaitsForTheWindowAndIsFine() {
        Visit visit = new Visit("v1", 1, 1, DAY_ONE + 2 * HOUR, DAY_ONE + 3 * HOUR, 100 * MINUTE);
        verifier.verifyThat(InfusionConstraints::startInWindow)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void gettingHomeAfterShiftPlusAllowedOvertimeIsPenalisedPerMinute() {
        // Home at 8:00 + 10 + 100 + 10 min = 10:00; the shift ends at 9:00, 30 min overtime allowed.
        Shift shortShift = new Shift("s1", 1, 0, DAY_ONE, DAY_ONE + HOUR).withAllowedOvertime(Duration.ofMinutes(30));
        Visit visit = new Visit("v1", 1, 1, DAY_ONE, DAY_ONE + HOUR, 100 * MINUTE);
        verifier.verifyThat(InfusionConstraints::shiftEnd)
                .givenSolution(schedule(List.of(route(shortShift, visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(30);
    }

    @Test
    void dayEndingWithinShiftIsFine() {
        Visit visit = visit("v1", 1, 1, 0);
        verifier.verifyThat(InfusionConstraints::shiftEnd)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void moreVisitsThanDoseKitsIsPenalisedPerMissingKit() {
        Visit first = visit("v1", 1, 1, 0);
        Visit second = visit("v2", 2, 2, 0).withDoseKits(2);
        Shift oneKit = shift("s1", 1, 0).withDoseKits(1);
        verifier.verifyThat(InfusionConstraints::doseKits)
                .givenSolution(schedule(List.of(route(oneKit, first, second)), List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(2);
    }

    @Test
    void enoughDoseKitsIsFine() {
        Visit first = visit("v1", 1, 1, 0);
        Visit second = visit("v2", 2, 2, 0);
        Shift twoKits = shift("s1", 1, 0).withDoseKits(2);
        verifier.verifyThat(InfusionConstraints::doseKits)
                .givenSolution(schedule(List.of(route(twoKits, first, second)), List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void infusionsOfOnePlanADayApartAreTooCloseForA44HourMinimum() {
        Visit first = visit("v1", 1, 1, 0).withPlan(7, 1, 0);
        Visit second = visit("v2", 1, 1, 1).withPlan(7, 2, 0);
        verifier.verifyThat(InfusionConstraints::minGapBetweenInfusions)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first), route(shift("s2", 1, 1), second)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(20 * 60);
    }

    @Test
    void infusionsOfOnePlanTwoDaysApartAreFine() {
        Visit first = visit("v1", 1, 1, 0).withPlan(7, 1, 0);
        Visit second = visit("v2", 1, 1, 2).withPlan(7, 2, 0);
        verifier.verifyThat(InfusionConstraints::minGapBetweenInfusions)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first), route(shift("s2", 1, 2), second)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void infusionTooSoonAfterTheLastGivenOneIsPenalised() {
        // The last infusion was given 24 h before this one starts (8:10 the day before).
        Visit visit = visit("v1", 1, 1, 1).withPlan(7, 2, 1)
                .withPreviousGivenStart(Instant.ofEpochSecond(DAY_ONE + LEG));
        verifier.verifyThat(InfusionConstraints::minGapAfterGivenInfusion)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 1), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(20 * 60);
    }

    @Test
    void infusionTwoDaysAfterTheLastGivenOneIsFine() {
        Visit visit = visit("v1", 1, 1, 2).withPlan(7, 2, 1)
                .withPreviousGivenStart(Instant.ofEpochSecond(DAY_ONE + LEG));
        verifier.verifyThat(InfusionConstraints::minGapAfterGivenInfusion)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 2), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void infusionsOfOnePlanFiveDaysApartAreTooFarForA96HourMaximum() {
        Visit first = visit("v1", 1, 1, 0).withPlan(7, 1, 0);
        Visit second = visit("v2", 1, 1, 5).withPlan(7, 2, 0);
        verifier.verifyThat(InfusionConstraints::maxGapBetweenInfusions)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first), route(shift("s2", 1, 5), second)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(24 * 60);
    }

    @Test
    void infusionsOfOnePlanFourDaysApartAreFine() {
        Visit first = visit("v1", 1, 1, 0).withPlan(7, 1, 0);
        Visit second = visit("v2", 1, 1, 4).withPlan(7, 2, 0);
        verifier.verifyThat(InfusionConstraints::maxGapBetweenInfusions)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first), route(shift("s2", 1, 4), second)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void infusionFiveDaysAfterTheLastGivenOneIsPenalised() {
        Visit visit = visit("v1", 1, 1, 5).withPlan(7, 2, 1)
                .withPreviousGivenStart(Instant.ofEpochSecond(DAY_ONE + LEG));
        verifier.verifyThat(InfusionConstraints::maxGapAfterGivenInfusion)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 5), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(24 * 60);
    }

    @Test
    void infusionThreeDaysAfterTheLastGivenOneIsFine() {
        Visit visit = visit("v1", 1, 1, 3).withPlan(7, 2, 1)
                .withPreviousGivenStart(Instant.ofEpochSecond(DAY_ONE + LEG));
        verifier.verifyThat(InfusionConstraints::maxGapAfterGivenInfusion)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 3), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void twoVisitsOfOnePatientOnOneDayArePenalised() {
        Visit first = visit("v1", 1, 1, 0);
        Visit second = visit("v2", 1, 1, 0).withPlan(200, 1, 0);
        verifier.verifyThat(InfusionConstraints::oneVisitPerPatientPerDay)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first), route(shift("s2", 2, 0), second)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void visitsOfOnePatientOnTwoDaysAreFine() {
        Visit first = visit("v1", 1, 1, 0);
        Visit second = visit("v2", 1, 1, 1).withPlan(200, 1, 0);
        verifier.verifyThat(InfusionConstraints::oneVisitPerPatientPerDay)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first), route(shift("s2", 1, 1), second)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void visitWithNoRoadThereOrBackIsPenalisedPerLeg() {
        Visit cutOff = visit("v1", 1, 3, 0);
        verifier.verifyThat(InfusionConstraints::unreachableLeg)
                .givenSolution(schedule(false, List.of(route(shift("s1", 1, 0), cutOff)), List.of(cutOff)))
                .settingAllShadowVariables().penalizesBy(2);
    }

    @Test
    void reachableVisitIsFine() {
        Visit visit = visit("v1", 1, 1, 0);
        verifier.verifyThat(InfusionConstraints::unreachableLeg)
                .givenSolution(schedule(false, List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void unassignedNextDueInfusionWeighsMost() {
        Visit nextDue = visit("v1", 1, 1, 0).withPlan(7, 3, 2);
        Visit later = visit("v2", 2, 2, 0).withPlan(8, 4, 2);
        verifier.verifyThat(InfusionConstraints::unassigned)
                .givenSolution(schedule(List.of(shift("s1", 1, 0)), List.of(nextDue, later)))
                .settingAllShadowVariables().penalizesBy(10 + 3);
    }

    @Test
    void assignedVisitIsNotUnassigned() {
        Visit visit = visit("v1", 1, 1, 0);
        verifier.verifyThat(InfusionConstraints::unassigned)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void driveTimeCountsEverySecondHomeToHome() {
        Visit first = visit("v1", 1, 1, 0);
        Visit second = visit("v2", 2, 2, 0);
        verifier.verifyThat(InfusionConstraints::driveTime)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first, second)), List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(3 * LEG);
    }

    @Test
    void shiftWithoutVisitsDrivesNothing() {
        verifier.verifyThat(InfusionConstraints::driveTime)
                .givenSolution(schedule(List.of(shift("s1", 1, 0)), List.of()))
                .settingAllShadowVariables().penalizesBy(0);
    }

    /** Off by default (weight 0 switches a constraint off entirely), so these switch it on. */
    private static final ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides<
            ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore> DISTANCE_ON =
            ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides.of(java.util.Map.of(
                    PlanningConstraint.DRIVE_DISTANCE.constraintName(), PlanningConstraint.DRIVE_DISTANCE.weight(1)));

    @Test
    void driveDistanceCountsEveryMeterHomeToHome() {
        Visit first = visit("v1", 1, 1, 0);
        Visit second = visit("v2", 2, 2, 0);
        verifier.verifyThat(InfusionConstraints::driveDistance)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first, second)), List.of(first, second))
                        .withWeights(DISTANCE_ON))
                .settingAllShadowVariables().penalizesBy(3000);
    }

    @Test
    void shiftWithoutVisitsDrivesNoDistance() {
        verifier.verifyThat(InfusionConstraints::driveDistance)
                .givenSolution(schedule(List.of(shift("s1", 1, 0)), List.of()).withWeights(DISTANCE_ON))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void planGivenByTwoClinicionsLosesContinuity() {
        Visit first = visit("v1", 1, 1, 0).withPlan(7, 1, 0);
        Visit second = visit("v2", 1, 1, 2).withPlan(7, 2, 0);
        verifier.verifyThat(InfusionConstraints::continuity)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first), route(shift("s2", 2, 2), second)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void planGivenByOneClinicianKeepsContinuity() {
        Visit first = visit("v1", 1, 1, 0).withPlan(7, 1, 0);
        Visit second = visit("v2", 1, 1, 2).withPlan(7, 2, 0);
        verifier.verifyThat(InfusionConstraints::continuity)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first), route(shift("s2", 1, 2), second)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void visitNotWithPreferredClinicianIsPenalised() {
        Visit visit = visit("v1", 1, 1, 0).withPreferredClinician(2L);
        verifier.verifyThat(InfusionConstraints::preferredClinician)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void visitWithPreferredClinicianIsFine() {
        Visit visit = visit("v1", 1, 1, 0).withPreferredClinician(1L);
        verifier.verifyThat(InfusionConstraints::preferredClinician)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void startBeforePreferredTimeIsPenalisedPerMinute() {
        // Starts 8:10; the patient prefers 9:00 to 10:00.
        Visit visit = visit("v1", 1, 1, 0).withPreferredStart(DAY_ONE + HOUR, DAY_ONE + 2 * HOUR);
        verifier.verifyThat(InfusionConstraints::preferredTime)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(50);
    }

    @Test
    void startInsidePreferredTimeIsFine() {
        Visit visit = visit("v1", 1, 1, 0).withPreferredStart(DAY_ONE, DAY_ONE + HOUR);
        verifier.verifyThat(InfusionConstraints::preferredTime)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void overtimeIsPenalisedPerMinuteEvenWhenAllowed() {
        Shift shortShift = new Shift("s1", 1, 0, DAY_ONE, DAY_ONE + HOUR).withAllowedOvertime(Duration.ofHours(2));
        Visit visit = new Visit("v1", 1, 1, DAY_ONE, DAY_ONE + HOUR, 100 * MINUTE);
        verifier.verifyThat(InfusionConstraints::overtime)
                .givenSolution(schedule(List.of(route(shortShift, visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(60);
    }

    @Test
    void dayWithinShiftHasNoOvertime() {
        Visit visit = visit("v1", 1, 1, 0);
        verifier.verifyThat(InfusionConstraints::overtime)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void allWorkOnOneOfTwoCliniciansIsUnfair() {
        // Loads 200 and 0 minutes: unfairness is Timefold's load-balance measure of that spread.
        Visit first = visit("v1", 1, 1, 0);
        Visit second = visit("v2", 2, 2, 0);
        verifier.verifyThat(InfusionConstraints::fairWorkload)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first, second), shift("s2", 2, 0)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(141);
    }

    @Test
    void equalWorkIsFair() {
        Visit first = visit("v1", 1, 1, 0);
        Visit second = visit("v2", 2, 2, 0);
        verifier.verifyThat(InfusionConstraints::fairWorkload)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), first), route(shift("s2", 2, 0), second)),
                        List.of(first, second)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void laterStartThanWindowOpeningIsPenalisedPerMinute() {
        Visit visit = visit("v1", 1, 1, 0);
        verifier.verifyThat(InfusionConstraints::earlierStart)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(10);
    }

    @Test
    void startAtWindowOpeningIsFine() {
        Visit visit = new Visit("v1", 1, 1, DAY_ONE + LEG, DAY_ONE + HOUR, 100 * MINUTE);
        verifier.verifyThat(InfusionConstraints::earlierStart)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void toldPatientGivenToAnotherClinicianIsPenalised() {
        Visit visit = visit("v1", 1, 1, 0);
        visit.withTold(2L, Instant.ofEpochSecond(DAY_ONE + 10 * MINUTE), Duration.ofMinutes(15));
        verifier.verifyThat(InfusionConstraints::stability)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void toldPatientWhoLostTheirPlaceIsPenalised() {
        Visit visit = visit("v1", 1, 1, 0);
        visit.withTold(1L, Instant.ofEpochSecond(DAY_ONE + 10 * MINUTE), Duration.ofMinutes(15));
        verifier.verifyThat(InfusionConstraints::stability)
                .givenSolution(schedule(List.of(shift("s1", 1, 0)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void toldPatientKeptWithinTheToleranceIsFine() {
        // arrives 10 min after the shift starts; told 14 min later than that, with the same clinician
        Visit visit = visit("v1", 1, 1, 0);
        visit.withTold(1L, Instant.ofEpochSecond(DAY_ONE + 24 * MINUTE), Duration.ofMinutes(15));
        verifier.verifyThat(InfusionConstraints::stability)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void toldPatientMovedBeyondTheToleranceIsPenalised() {
        Visit visit = visit("v1", 1, 1, 0);
        visit.withTold(1L, Instant.ofEpochSecond(DAY_ONE + 26 * MINUTE), Duration.ofMinutes(15));
        verifier.verifyThat(InfusionConstraints::stability)
                .givenSolution(schedule(List.of(route(shift("s1", 1, 0), visit)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void patientToldNothingIsFreeToMove() {
        Visit visit = visit("v1", 1, 1, 0);
        verifier.verifyThat(InfusionConstraints::stability)
                .givenSolution(schedule(List.of(shift("s1", 1, 0)), List.of(visit)))
                .settingAllShadowVariables().penalizesBy(0);
    }
}
