package care.rounds.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;

/**
 * Records who saw a patient's data. Screens call it when they show a record, a visit or a summary,
 * and when they hand out an export. Each entry is written in its own transaction, so it stays even if
 * the caller's work is rolled back; if it cannot be written the caller fails, so nothing is shown
 * unrecorded.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class PatientDataAudit {

    private final AuditEntryRepository entries;
    private final Clock clock;

    PatientDataAudit(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void openedPatient(long patientId, String patientName) {
        record(AuditAction.OPENED_PATIENT, patientId, null, patientName);
    }

    public void openedVisit(long visitId, long patientId, String patientName) {
        record(AuditAction.OPENED_VISIT, patientId, visitId, patientName);
    }

    public void openedSummary(long patientId, String patientName) {
        record(AuditAction.OPENED_SUMMARY, patientId, null, patientName);
    }

    /**
     * A consultation request opened in the inbox: the person is not a patient yet (or the patient
     * created from it is given), the request is the subject.
     */
    public void openedRequest(long requestId, Long patientId, String requesterName) {
        record(AuditAction.OPENED_REQUEST, patientId, requestId, requesterName);
    }

    /** @param what what was exported, in words ("KPIs per day, 2026-11-01 to 2026-11-30") */
    public void exported(String what) {
        record(AuditAction.EXPORTED, null, null, what);
    }

    void recordSignIn(String typedUsername, String address, AuditAction action) {
        entries.save(new AuditEntry(clock.instant(), typedUsername, action, null, null, null, address));
    }

    private void record(AuditAction action, Long patientId, Long subjectId, String detail) {
        entries.save(new AuditEntry(clock.instant(), currentUsername(), action, patientId, subjectId, detail,
                currentAddress()));
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "(not signed in)" : authentication.getName();
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
