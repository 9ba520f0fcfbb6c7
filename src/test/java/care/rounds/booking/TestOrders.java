package care.rounds.booking;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A complete physician's order for tests that book a series: 0.5 mg/kg for 80 kg, by the roster's first MD or NP. */
public final class TestOrders {

    private TestOrders() {
    }

    public static OrderRequest halfMgPerKg(ClinicianService clinicians, LocalDate orderedOn) {
        Clinician prescriber = clinicians.active().stream()
                .filter(c -> c.getCredential() == Credential.MD || c.getCredential() == Credential.NP)
                .findFirst().orElseThrow();
        return new OrderRequest(prescriber.getId(), orderedOn, new BigDecimal("0.50"), new BigDecimal("80"));
    }
}
