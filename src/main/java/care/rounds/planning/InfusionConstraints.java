package care.rounds.planning;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;

import java.time.Duration;
import java.util.List;

import static care.rounds.planning.PlanningConstraint.*;

/**
 * The clinic's constraints, one method each; names, levels, weights and meanings come from
 * {@link PlanningConstraint}. Solomon mode uses this same provider with the clinic-only weights set
 * to zero (Timefold then does not evaluate those constraints at all) and drive distance switched on;
 * one provider also keeps Timefold's Spring Boot starter happy, which refuses to start when it finds
 * two. Time violations are counted in whole minutes (rounded up), so the
 * smallest violation still costs a full unit.
 */
public class InfusionConstraints implements ConstraintProvider {

    /** Suffix of the gap constraints that compare with an infusion already given. */
    static final String AFTER_GIVEN = " (after a given infusion)";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                credential(factory),
                licence(factory),
                rnSupervision(factory),
                startInWindow(factory),
                shiftEnd(factory),
                doseKits(factory),
                minGapBetweenInfusions(factory),
                minGapAfterGivenInfusion(factory),
                maxGapBetweenInfusions(factory),
                maxGapAfterGivenInfusion(factory),
                oneVisitPerPatientPerDay(factory),
                unreachableLeg(factory),
                unassigned(factory),
                stability(factory),
                driveTime(factory),
                driveDistance(factory),
                continuity(factory),
                preferredClinician(factory),
                preferredTime(factory),
                overtime(factory),
                fairWorkload(factory),
                earlierStart(factory)
        };
    }

    static long minutes(long seconds) {
        return (seconds + 59) / 60;
    }

    Constraint credential(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned()
                        && !visit.getAllowedCredentials().contains(visit.getShift().getCredential()))
                .penalize(CREDENTIAL.defaultWeight())
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " needs " + String.join(" or ", visit.getAllowedCredentials())
                                + "; shift " + visit.getShift().getId() + " is worked by "
                                + visit.getShift().getCredential() + "."))
                .asConstraint(CREDENTIAL.constraintName());
    }

    Constraint licence(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned()
                        && !visit.getShift().getLicensedStates().contains(visit.getPatientState()))
                .penalize(LICENCE.defaultWeight())
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " is in " + visit.getPatientState() + ", where the clinician of shift "
                                + visit.getShift().getId() + " holds no licence."))
                .asConstraint(LICENCE.constraintName());
    }

    /**
     * A registered nurse gives an infusion only while a physician or nurse practitioner is on duty to be
     * reached (some state boards require it; the clinic holds to it everywhere): another clinician's MD or NP
     * shift whose working hours cover the whole visit.
     */
    Constraint rnSupervision(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned() && visit.getShift().isRegisteredNurse())
                .ifNotExists(Shift.class, Joiners.filtering((visit, shift) -> shift.canSupervise(visit)))
                .penalize(RN_SUPERVISION.defaultWeight())
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " is given by an RN (shift " + visit.getShift().getId()
                                + ") with no MD or NP on duty for the whole visit."))
                .asConstraint(RN_SUPERVISION.constraintName());
    }

    Constraint startInWindow(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned() && visit.lateSeconds() > 0)
                .penalizeLong(START_IN_WINDOW.defaultWeight(), visit -> minutes(visit.lateSeconds()))
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " would start " + minutes(visit.lateSeconds())
                                + " min after its latest start."))
                .asConstraint(START_IN_WINDOW.constraintName());
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> shift.getOverrunSeconds() > 0)
                .penalizeLong(SHIFT_END.defaultWeight(), shift -> minutes(shift.getOverrunSeconds()))
                .justifyWith((shift, score) -> ScheduleJustification.ofShift(shift,
                        "Shift " + shift.getId() + " would get home " + minutes(shift.getOverrunSeconds())
                                + " min after its end plus allowed overtime."))
                .asConstraint(SHIFT_END.constraintName());
    }

    Constraint doseKits(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> shift.getUsedDoseKits() > shift.getDoseKits())
                .penalize(DOSE_KITS.defaultWeight(), shift -> shift.getUsedDoseKits() - shift.getDoseKits())
                .justifyWith((shift, score) -> ScheduleJustification.ofShift(shift,
                        "Shift " + shift.getId() + " would need " + shift.getUsedDoseKits() + " dose kits but carries "
                                + shift.getDoseKits() + "."))
                .asConstraint(DOSE_KITS.constraintName());
    }

    /** Consecutive infusions of one plan, both in this problem: sequence n and n + 1. */
    Constraint minGapBetweenInfusions(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isAssigned)
                .join(Visit.class,
                        Joiners.equal(Visit::getPlanId),
                        Joiners.equal(visit -> visit.getSequence() + 1, Visit::getSequence),
                        Joiners.filtering((earlier, later) -> later.isAssigned()
                                && later.getStart() - earlier.getStart() < later.getMinSecondsAfterPrevious()))
                .penalizeLong(MIN_GAP.defaultWeight(), (earlier, later) ->
                        minutes(later.getMinSecondsAfterPrevious() - (later.getStart() - earlier.getStart())))
                .justifyWith((earlier, later, score) -> new ScheduleJustification(
                        List.of(earlier.getId(), later.getId()), null,
                        "Visits " + earlier.getId() + " and " + later.getId() + " of one plan would start "
                                + hours(later.getStart() - earlier.getStart()) + " apart, less than the plan's "
                                + hours(later.getMinSecondsAfterPrevious()) + "."))
                .asConstraint(MIN_GAP.constraintName());
    }

    /** The first infusion in this problem against the plan's last one already given. */
    Constraint minGapAfterGivenInfusion(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned() && visit.getPreviousGivenStart() != null
                        && visit.getStart() - visit.getPreviousGivenStart() < visit.getMinSecondsAfterPrevious())
                .penalizeLong(MIN_GAP.defaultWeight(), visit -> minutes(visit.getMinSecondsAfterPrevious()
                        - (visit.getStart() - visit.getPreviousGivenStart())))
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " would start " + hours(visit.getStart() - visit.getPreviousGivenStart())
                                + " after the plan's last infusion, less than the plan's "
                                + hours(visit.getMinSecondsAfterPrevious()) + "."))
                .asConstraint(MIN_GAP.constraintName() + AFTER_GIVEN);
    }

    Constraint maxGapBetweenInfusions(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isAssigned)
                .join(Visit.class,
                        Joiners.equal(Visit::getPlanId),
                        Joiners.equal(visit -> visit.getSequence() + 1, Visit::getSequence),
                        Joiners.filtering((earlier, later) -> later.isAssigned()
                                && later.getStart() - earlier.getStart() > later.getMaxSecondsAfterPrevious()))
                .penalizeLong(MAX_GAP.defaultWeight(), (earlier, later) ->
                        minutes(later.getStart() - earlier.getStart() - later.getMaxSecondsAfterPrevious()))
                .justifyWith((earlier, later, score) -> new ScheduleJustification(
                        List.of(earlier.getId(), later.getId()), null,
                        "Visits " + earlier.getId() + " and " + later.getId() + " of one plan would start "
                                + hours(later.getStart() - earlier.getStart()) + " apart, more than the plan's "
                                + hours(later.getMaxSecondsAfterPrevious()) + "."))
                .asConstraint(MAX_GAP.constraintName());
    }

    Constraint maxGapAfterGivenInfusion(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned() && visit.getPreviousGivenStart() != null
                        && visit.getStart() - visit.getPreviousGivenStart() > visit.getMaxSecondsAfterPrevious())
                .penalizeLong(MAX_GAP.defaultWeight(), visit -> minutes(visit.getStart() - visit.getPreviousGivenStart()
                        - visit.getMaxSecondsAfterPrevious()))
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " would start " + hours(visit.getStart() - visit.getPreviousGivenStart())
                                + " after the plan's last infusion, more than the plan's "
                                + hours(visit.getMaxSecondsAfterPrevious()) + "."))
                .asConstraint(MAX_GAP.constraintName() + AFTER_GIVEN);
    }

    Constraint oneVisitPerPatientPerDay(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned() && visit.getShift().getDay() != null)
                .join(factory.forEach(Visit.class)
                                .filter(visit -> visit.isAssigned() && visit.getShift().getDay() != null),
                        Joiners.lessThan(Visit::getId),
                        Joiners.equal(Visit::getPatientId),
                        Joiners.equal(visit -> visit.getShift().getDay()))
                .penalize(ONE_VISIT_PER_PATIENT_PER_DAY.defaultWeight())
                .justifyWith((first, second, score) -> new ScheduleJustification(
                        List.of(first.getId(), second.getId()), null,
                        "Visits " + first.getId() + " and " + second.getId() + " are for the same patient on "
                                + first.getShift().getDay() + "."))
                .asConstraint(ONE_VISIT_PER_PATIENT_PER_DAY.constraintName());
    }

    Constraint unreachableLeg(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> shift.getUnreachableLegs() > 0)
                .penalize(UNREACHABLE_LEG.defaultWeight(), Shift::getUnreachableLegs)
                .justifyWith((shift, score) -> ScheduleJustification.ofShift(shift,
                        "Shift " + shift.getId() + " has " + shift.getUnreachableLegs() + " leg(s) with no route."))
                .asConstraint(UNREACHABLE_LEG.constraintName());
    }

    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(visit -> visit.getShift() == null)
                .penalizeLong(UNASSIGNED.defaultWeight(), visit -> visit.getPriority().unassignedWeight())
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " is not assigned to anyone."))
                .asConstraint(UNASSIGNED.constraintName());
    }

    /** What a patient was told is a promise: moving them costs a phone call and trust. */
    Constraint stability(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(Visit::movedFromTold)
                .penalize(STABILITY.defaultWeight())
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " is no longer where its patient was told: a call to make."))
                .asConstraint(STABILITY.constraintName());
    }

    Constraint driveTime(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> !shift.getVisits().isEmpty())
                .penalizeLong(DRIVE_TIME.defaultWeight(), Shift::getDriveSeconds)
                .justifyWith((shift, score) -> ScheduleJustification.ofShift(shift,
                        "Shift " + shift.getId() + " drives " + minutes(shift.getDriveSeconds()) + " min."))
                .asConstraint(DRIVE_TIME.constraintName());
    }

    Constraint driveDistance(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> !shift.getVisits().isEmpty())
                .penalizeLong(DRIVE_DISTANCE.defaultWeight(), Shift::getDriveMeters)
                .justifyWith((shift, score) -> ScheduleJustification.ofShift(shift,
                        "Shift " + shift.getId() + " drives " + shift.getDriveMeters() + " m."))
                .asConstraint(DRIVE_DISTANCE.constraintName());
    }

    Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isAssigned)
                .groupBy(Visit::getPlanId, ConstraintCollectors.countDistinct(visit -> visit.getShift().getClinicianId()))
                .filter((planId, clinicians) -> clinicians > 1)
                .penalize(CONTINUITY.defaultWeight(), (planId, clinicians) -> clinicians - 1)
                .justifyWith((planId, clinicians, score) -> new ScheduleJustification(List.of(), null,
                        "Plan " + planId + " is given by " + clinicians + " different clinicians."))
                .asConstraint(CONTINUITY.constraintName());
    }

    Constraint preferredClinician(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned() && visit.getPreferredClinicianId() != null
                        && visit.getPreferredClinicianId() != visit.getShift().getClinicianId())
                .penalize(PREFERRED_CLINICIAN.defaultWeight())
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " is not with the patient's preferred clinician."))
                .asConstraint(PREFERRED_CLINICIAN.constraintName());
    }

    Constraint preferredTime(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned() && visit.secondsOutsidePreferredTime() > 0)
                .penalizeLong(PREFERRED_TIME.defaultWeight(), visit -> minutes(visit.secondsOutsidePreferredTime()))
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " starts " + minutes(visit.secondsOutsidePreferredTime())
                                + " min outside the patient's preferred time."))
                .asConstraint(PREFERRED_TIME.constraintName());
    }

    Constraint overtime(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> shift.getOvertimeSeconds() > 0)
                .penalizeLong(OVERTIME.defaultWeight(), shift -> minutes(shift.getOvertimeSeconds()))
                .justifyWith((shift, score) -> ScheduleJustification.ofShift(shift,
                        "Shift " + shift.getId() + " ends " + minutes(shift.getOvertimeSeconds()) + " min late."))
                .asConstraint(OVERTIME.constraintName());
    }

    /** Balances each clinician's visit minutes over the whole horizon, idle clinicians included. */
    Constraint fairWorkload(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .groupBy(Shift::getClinicianId, ConstraintCollectors.sumLong(shift -> shift.getVisitSeconds() / 60))
                .groupBy(ConstraintCollectors.loadBalance((clinicianId, minutes) -> clinicianId,
                        (clinicianId, minutes) -> minutes))
                .filter(balance -> balance.unfairness().signum() > 0)
                .penalizeLong(FAIR_WORKLOAD.defaultWeight(), InfusionConstraints::unfairnessMinutes)
                .justifyWith((balance, score) -> new ScheduleJustification(List.of(), null,
                        "Visit minutes per clinician are uneven (unfairness " + unfairnessMinutes(balance) + ")."))
                .asConstraint(FAIR_WORKLOAD.constraintName());
    }

    Constraint earlierStart(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.isAssigned() && visit.getStart() > visit.getEarliestStart())
                .penalizeLong(EARLIER_START.defaultWeight(),
                        visit -> minutes(visit.getStart() - visit.getEarliestStart()))
                .justifyWith((visit, score) -> ScheduleJustification.ofVisit(visit,
                        "Visit " + visit.getId() + " starts " + minutes(visit.getStart() - visit.getEarliestStart())
                                + " min after its window opens."))
                .asConstraint(EARLIER_START.constraintName());
    }

    private static long unfairnessMinutes(LoadBalance<Long> balance) {
        return Math.round(balance.unfairness().doubleValue());
    }

    private static String hours(long seconds) {
        Duration duration = Duration.ofSeconds(seconds);
        return duration.toHours() + " h " + duration.toMinutesPart() + " min";
    }
}
