package care.rounds.visits;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which visits a list shows: a time range, optionally one clinician, some statuses, part of a patient's name.
 */
public record VisitFilter(Instant from, Instant until, Long clinicianId, Set<VisitStatus> statuses, String patientText) {

    public VisitFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(VisitStatus.class) : EnumSet.copyOf(statuses);
        patientText = patientText == null ? "" : patientText.strip();
    }

    VisitFilter forClinician(Long clinician) {
        return new VisitFilter(from, until, clinician, statuses, patientText);
    }
}
