package care.rounds.booking;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The physician's order as the coordinator copies it from the chart: who ordered the series (an MD or NP of
 * the roster), on which day, the dose in mg per kg and the patient's weight in kg. The protocol it orders is
 * the series request's. Any part may be missing here; {@link OrderCheck} names what is.
 */
public record OrderRequest(Long orderedById, LocalDate orderedOn, BigDecimal doseMgPerKg, BigDecimal weightKg) {

    /** The most a clinic gives per kg in one infusion; ketamine for depression is 0.5 mg/kg. */
    public static final BigDecimal MAX_DOSE_MG_PER_KG = new BigDecimal("2.00");
    public static final BigDecimal MIN_WEIGHT_KG = new BigDecimal("30");
    public static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("300");
}
