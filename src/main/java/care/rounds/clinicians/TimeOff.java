package care.rounds.clinicians;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A stretch of time a clinician is not available (leave, training, a call-out).
 */
@Entity
@Table(name = "clinician_time_off")
public class TimeOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private String reason;

    protected TimeOff() {
    }

    TimeOff(Clinician clinician, Instant startsAt, Instant endsAt, String reason) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("Time off must end after it starts.");
        }
        this.clinician = clinician;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getReason() {
        return reason;
    }

    public boolean overlaps(Instant from, Instant until) {
        return startsAt.isBefore(until) && endsAt.isAfter(from);
    }
}
