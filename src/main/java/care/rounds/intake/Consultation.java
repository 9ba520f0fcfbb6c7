package care.rounds.intake;

import care.rounds.clinicians.Clinician;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * The screening consultation booked from a request: a phone or video call in an MD's or NP's
 * calendar, or an in-home assessment, and what it concluded.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsultationKind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    @Enumerated(EnumType.STRING)
    private ConsultationOutcome outcome;

    private String notes;

    /** The visit an in-home assessment became, routed by the planner; null for calls. */
    @Column(name = "visit_id")
    private Long visitId;

    @Version
    private long version;

    protected Consultation() {
    }

    Consultation(long requestId, long patientId, ConsultationKind kind, Instant startsAt, int durationMinutes,
                 Clinician clinician) {
        this.requestId = requestId;
        this.patientId = patientId;
        this.kind = kind;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.clinician = clinician;
    }

    /** A screening held outside a consultation request (see {@link ScreeningOutcomes}). */
    Consultation(long patientId, ConsultationKind kind, Instant startsAt, int durationMinutes, Clinician clinician) {
        this.patientId = patientId;
        this.kind = kind;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.clinician = clinician;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getPatientId() {
        return patientId;
    }

    public ConsultationKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    /** The MD or NP who holds the call; null for an in-home assessment, whose visit the planner gives to someone. */
    public Clinician getClinician() {
        return clinician;
    }

    public ConsultationOutcome getOutcome() {
        return outcome;
    }

    public String getNotes() {
        return notes;
    }

    public Long getVisitId() {
        return visitId;
    }

    void routedAs(long visitId) {
        this.visitId = visitId;
    }

    void record(ConsultationOutcome outcome, String notes) {
        this.outcome = outcome;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }
}
