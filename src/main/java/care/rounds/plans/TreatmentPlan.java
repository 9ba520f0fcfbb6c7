package care.rounds.plans;

import care.rounds.clinicians.Clinician;
import care.rounds.patients.Patient;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * One patient's course of a protocol, with the weekdays and hours the patient can receive visits.
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "protocol_id")
    private TreatmentProtocol protocol;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "available_from", nullable = false)
    private LocalTime availableFrom;

    @Column(name = "available_until", nullable = false)
    private LocalTime availableUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "treatment_plan_weekday", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "day_of_week")
    @Enumerated(EnumType.STRING)
    private Set<DayOfWeek> availableDays = EnumSet.noneOf(DayOfWeek.class);

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "preferred_clinician_id")
    private Clinician preferredClinician;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null only for plans booked before orders were recorded, and for the in-home assessment. */
    @Embedded
    private PhysicianOrder order;

    @Version
    private long version;

    protected TreatmentPlan() {
    }

    public TreatmentPlan(Patient patient, TreatmentProtocol protocol, LocalDate startDate, Set<DayOfWeek> availableDays,
                         LocalTime availableFrom, LocalTime availableUntil, Instant createdAt) {
        if (!availableUntil.isAfter(availableFrom)) {
            throw new IllegalArgumentException("The patient's available hours must end after they start.");
        }
        if (availableDays.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one weekday the patient is available.");
        }
        this.patient = patient;
        this.protocol = protocol;
        this.startDate = startDate;
        this.availableDays = EnumSet.copyOf(availableDays);
        this.availableFrom = availableFrom;
        this.availableUntil = availableUntil;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Patient getPatient() {
        return patient;
    }

    public TreatmentProtocol getProtocol() {
        return protocol;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalTime getAvailableFrom() {
        return availableFrom;
    }

    public LocalTime getAvailableUntil() {
        return availableUntil;
    }

    public Set<DayOfWeek> getAvailableDays() {
        return availableDays;
    }

    public Clinician getPreferredClinician() {
        return preferredClinician;
    }

    public void setPreferredClinician(Clinician preferredClinician) {
        this.preferredClinician = preferredClinician;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    /** The physician's order, if the plan was booked with one. */
    public java.util.Optional<PhysicianOrder> getOrder() {
        return java.util.Optional.ofNullable(order == null || order.getOrderedOn() == null ? null : order);
    }

    public void setOrder(PhysicianOrder order) {
        this.order = order;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
