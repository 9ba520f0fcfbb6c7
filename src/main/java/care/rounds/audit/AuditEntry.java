package care.rounds.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One line of the audit record. Immutable: written once, never changed or removed.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "patient_id")
    private Long patientId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = 300)
    private String detail;

    @Column(length = 64)
    private String address;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String username, AuditAction action, Long patientId, Long subjectId, String detail,
               String address) {
        this.at = at;
        this.username = clip(username, 100);
        this.action = action;
        this.patientId = patientId;
        this.subjectId = subjectId;
        this.detail = clip(detail, 300);
        this.address = clip(address, 64);
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String visible = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() <= max ? visible : visible.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public AuditAction getAction() {
        return action;
    }

    /** Whose data was seen; null for sign-ins and exports of no single patient. */
    public Long getPatientId() {
        return patientId;
    }

    /** The visit opened, for {@link AuditAction#OPENED_VISIT}. */
    public Long getSubjectId() {
        return subjectId;
    }

    /** The patient's name when the entry was written, or what was exported. */
    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }
}
