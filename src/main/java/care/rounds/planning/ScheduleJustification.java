package care.rounds.planning;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import java.util.List;

/**
 * Why a constraint took or gave score, in ids and one sentence. Sentences carry ids and times,
 * never a patient's name: they end up on screens for other roles and possibly in logs.
 *
 * @param visitIds the visits involved, may be empty
 * @param shiftId  the shift involved, or null
 * @param sentence e.g. "Visit v7 needs CRNA or NP; shift s3 is worked by an RN."
 */
public record ScheduleJustification(List<String> visitIds, String shiftId, String sentence)
        implements ConstraintJustification {

    static ScheduleJustification ofVisit(Visit visit, String sentence) {
        return new ScheduleJustification(List.of(visit.getId()),
                visit.getShift() == null ? null : visit.getShift().getId(), sentence);
    }

    static ScheduleJustification ofShift(Shift shift, String sentence) {
        return new ScheduleJustification(List.of(), shift.getId(), sentence);
    }
}
