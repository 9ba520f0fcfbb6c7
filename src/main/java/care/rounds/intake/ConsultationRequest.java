package care.rounds.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What someone sent through the website form (or the API): who they are, how to reach them, and
 * the coordinator's work on it. Health information: never logged, never in a URL.
 */
@Entity
@Table(name = "consultation_request")
public class ConsultationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String phone;

    private String email;

    private String zip;

    @Column(name = "preferred_contact_time")
    private String preferredContactTime;

    private String message;

    @Column(name = "consent_to_contact", nullable = false)
    private boolean consentToContact;

    @Column(name = "messages_by_email", nullable = false)
    private boolean messagesByEmail;

    @Column(name = "messages_by_text", nullable = false)
    private boolean messagesByText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.NEW;

    @Column(name = "call_notes")
    private String callNotes;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "patient_id")
    private Long patientId;

    @Version
    private long version;

    protected ConsultationRequest() {
    }

    ConsultationRequest(ConsultationRequestForm form, Instant receivedAt, RequestStatus status) {
        this.fullName = form.name().strip();
        this.phone = form.phone().strip();
        this.email = blankToNull(form.email());
        this.zip = blankToNull(form.zip());
        this.preferredContactTime = blankToNull(form.preferredContactTime());
        this.message = blankToNull(form.message());
        this.consentToContact = form.consentToContact();
        this.messagesByEmail = form.messagesByEmail();
        this.messagesByText = form.messagesByText();
        this.receivedAt = receivedAt;
        this.status = status;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    /** ZIP code of the home, as typed; null when none was given. */
    public String getZip() {
        return zip;
    }

    public String getPreferredContactTime() {
        return preferredContactTime;
    }

    public String getMessage() {
        return message;
    }

    public boolean isConsentToContact() {
        return consentToContact;
    }

    public RequestStatus getStatus() {
        return status;
    }

    void setStatus(RequestStatus status) {
        this.status = status;
    }

    public String getCallNotes() {
        return callNotes;
    }

    void setCallNotes(String callNotes) {
        this.callNotes = blankToNull(callNotes);
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    /** The patient created from this request, or null while there is none. */
    public Long getPatientId() {
        return patientId;
    }

    void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public long getVersion() {
        return version;
    }

    /** The person asked for appointment messages by email on the form. */
    public boolean isMessagesByEmail() {
        return messagesByEmail;
    }

    /** The person asked for appointment messages by text message on the form. */
    public boolean isMessagesByText() {
        return messagesByText;
    }
}
