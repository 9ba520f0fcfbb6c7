package care.rounds.printout;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.PlanStatus;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Makes the patient's print-out: the coming visits of the patient's active series with what to prepare.
 * Opening it is recorded in the audit like the patient's summary.
 */
@Service
@Transactional(readOnly = true)
public class PatientPrintout {

    /** The patient is told a half-hour window around the planned start, as on the booking summary. */
    static final Duration ARRIVAL_SPREAD = Duration.ofMinutes(15);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    private final PatientService patients;
    private final VisitService visits;
    private final ClinicTime time;
    private final PatientDataAudit audit;
    private final String clinicName;
    private final String clinicPhone;

    PatientPrintout(PatientService patients, VisitService visits, ClinicTime time, PatientDataAudit audit,
                    @Value("${rounds.clinic.name:Rounds}") String clinicName,
                    @Value("${rounds.clinic.phone:}") String clinicPhone) {
        this.patients = patients;
        this.visits = visits;
        this.time = time;
        this.audit = audit;
        this.clinicName = clinicName.strip();
        this.clinicPhone = clinicPhone.strip();
    }

    /** The print-out of this patient as a one- or two-page PDF. */
    @RolesAllowed("COORDINATOR")
    public byte[] pdf(long patientId) {
        return PrintoutPdf.write(content(patientId));
    }

    /** What the print-out of this patient says. */
    @RolesAllowed("COORDINATOR")
    public PrintoutContent content(long patientId) {
        Patient patient = patients.find(patientId)
                .orElseThrow(() -> new IllegalArgumentException("This patient no longer exists."));
        audit.openedSummary(patientId, patient.getFullName());
        Instant today = time.startOf(time.today());
        List<InfusionVisit> coming = visits.ofPatient(patientId).stream()
                .filter(v -> v.getPlan().getStatus() == PlanStatus.ACTIVE)
                .filter(v -> !v.getStatus().isClosed() && v.getStatus() != VisitStatus.CANCELLED)
                .filter(v -> !(v.getPlannedStart() == null ? v.getLatestStart() : v.getPlannedStart()).isBefore(today))
                .toList();
        return new PrintoutContent(clinicName, clinicPhone, patient.getFullName(),
                DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).format(time.today()),
                time.zone().getDisplayName(TextStyle.FULL, Locale.US),
                coming.stream().map(this::printed).toList(), patient.getResponsibleAdultName(),
                fasting(coming.stream().map(v -> v.getPlan().getProtocol()).distinct().toList()));
    }

    private PrintedVisit printed(InfusionVisit visit) {
        if (visit.getPlannedStart() == null || visit.getClinician() == null) {
            return new PrintedVisit("Date to be confirmed", "We will call you with the day and time", "To be confirmed");
        }
        Instant start = visit.getPlannedStart();
        return new PrintedVisit(DAY.format(time.inClinicZone(start)),
                "between " + time.time(start.minus(ARRIVAL_SPREAD)) + " and " + time.time(start.plus(ARRIVAL_SPREAD)),
                firstName(visit.getClinician().getFullName()));
    }

    /** The strictest rule of the protocols on the page: the patient follows one rule for every visit. */
    static String fasting(List<TreatmentProtocol> protocols) {
        Integer food = protocols.stream().map(TreatmentProtocol::getFastingFoodHours).filter(Objects::nonNull)
                .filter(hours -> hours > 0).max(Integer::compare).orElse(null);
        Integer liquids = protocols.stream().map(TreatmentProtocol::getFastingClearLiquidHours)
                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
        if (food == null && liquids == null) {
            return "There is no fasting rule for your treatment: eat lightly before each visit.";
        }
        String rule = food == null ? "" : "Do not eat solid food for " + hours(food) + " before each visit's arrival time.";
        if (liquids != null) {
            rule += (rule.isEmpty() ? "" : " ") + (liquids == 0 ? "You may drink clear liquids (water, clear juice, "
                    + "black coffee or tea) until the clinician arrives."
                    : "You may drink clear liquids (water, clear juice, black coffee or tea) until " + hours(liquids)
                    + " before; then nothing to drink.");
        }
        return rule;
    }

    private static String hours(int hours) {
        return hours == 1 ? "1 hour" : hours + " hours";
    }

    static String firstName(String fullName) {
        String name = fullName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
