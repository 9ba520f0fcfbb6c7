package care.rounds.visits;

import care.rounds.base.ClinicTime;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The patients to call on a day: every open visit whose clinician changed, or whose start moved by more
 * than the tolerance, since the patient was last told, whoever or whatever moved it (a day-of re-plan,
 * Optimize, a roster change's background re-plan). Ticking "called" records the call and makes the
 * visit as planned what the patient knows ({@link VisitChanges#recordPatientTold}).
 */
@Service
@Transactional(readOnly = true)
public class CallList {

    private final VisitRepository visits;
    private final PromiseSettings settings;
    private final ClinicTime time;

    CallList(VisitRepository visits, PromiseSettings settings, ClinicTime time) {
        this.visits = visits;
        this.settings = settings;
        this.time = time;
    }

    /** Patients told a time on this day, or planned on it now, whose visit moved; earliest told time first. */
    @RolesAllowed("COORDINATOR")
    public List<PatientToCall> forDay(LocalDate day) {
        return visits.toldOrPlannedIn(time.startOf(day), time.startOf(day.plusDays(1))).stream()
                .filter(visit -> visit.movedSinceTold(settings.toldTolerance()))
                .map(CallList::toCall)
                .sorted(Comparator.comparing(PatientToCall::toldStart).thenComparing(PatientToCall::visitId))
                .toList();
    }

    /** How far a start may move from the told one before the patient needs a call. */
    public java.time.Duration tolerance() {
        return settings.toldTolerance();
    }

    private static PatientToCall toCall(InfusionVisit visit) {
        var patient = visit.getPlan().getPatient();
        boolean placed = visit.getClinician() != null && visit.getPlannedStart() != null;
        return new PatientToCall(visit.getId(), visit.getVersion(), patient.getFullName(), patient.getPhone(),
                visit.getToldStart(),
                visit.getToldClinician() == null ? null : visit.getToldClinician().getDisplayName(),
                placed ? visit.getPlannedStart() : null, placed ? visit.getClinician().getDisplayName() : null);
    }
}
