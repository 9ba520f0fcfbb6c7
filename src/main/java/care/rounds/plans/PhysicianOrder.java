package care.rounds.plans;

import care.rounds.clinicians.Clinician;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The physician's order a series is given under: who ordered it (an MD or NP of the roster), on which day,
 * the dose in mg per kg and the patient's weight that day. The protocol it orders is the plan's. The dose in
 * mg, what the clinician draws up, follows from the two numbers.
 */
@Embeddable
public class PhysicianOrder {

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "ordered_by_clinician_id")
    private Clinician orderedBy;

    @Column(name = "ordered_on")
    private LocalDate orderedOn;

    @Column(name = "dose_mg_per_kg", precision = 5, scale = 2)
    private BigDecimal doseMgPerKg;

    @Column(name = "weight_kg", precision = 5, scale = 1)
    private BigDecimal weightKg;

    protected PhysicianOrder() {
    }

    public PhysicianOrder(Clinician orderedBy, LocalDate orderedOn, BigDecimal doseMgPerKg, BigDecimal weightKg) {
        this.orderedBy = orderedBy;
        this.orderedOn = orderedOn;
        this.doseMgPerKg = doseMgPerKg;
        this.weightKg = weightKg;
    }

    public Clinician getOrderedBy() {
        return orderedBy;
    }

    public LocalDate getOrderedOn() {
        return orderedOn;
    }

    public BigDecimal getDoseMgPerKg() {
        return doseMgPerKg;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    /** The dose to draw up, in mg, to one decimal. */
    public BigDecimal doseMg() {
        return doseMgPerKg.multiply(weightKg).setScale(1, RoundingMode.HALF_UP);
    }

    /** "0.5 mg/kg × 80 kg = 40.0 mg, ordered by Dr Priya Raman (MD) on Dec 3, 2026" without the date format. */
    public String doseInWords() {
        return doseMgPerKg.stripTrailingZeros().toPlainString() + " mg/kg × " + weightKg.stripTrailingZeros()
                .toPlainString() + " kg = " + doseMg().toPlainString() + " mg";
    }
}
