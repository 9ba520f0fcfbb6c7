package care.rounds.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One secret feed link of a clinician: its hash, who made it and, once revoked, who revoked it. */
@Entity
@Table(name = "calendar_feed_link")
class CalendarLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinician_id", nullable = false)
    private long clinicianId;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected CalendarLink() {
    }

    CalendarLink(long clinicianId, String secretHash, Instant createdAt, String createdBy) {
        this.clinicianId = clinicianId;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant at, String by) {
        this.revokedAt = at;
        this.revokedBy = by;
    }

    long getClinicianId() {
        return clinicianId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
