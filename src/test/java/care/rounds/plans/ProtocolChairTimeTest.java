package care.rounds.plans;

import care.rounds.clinicians.Credential;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class ProtocolChairTimeTest {

    private static TreatmentProtocol ptsd(int first, int later) {
        return new TreatmentProtocol("PTSD initial series", 6, first, later, 44, 96, EnumSet.of(Credential.CRNA));
    }

    @Test
    void theDefaultsAreTwentyMinutesSetupFortyInfusionThirtyMonitoring() {
        TreatmentProtocol protocol = ptsd(120, 100);
        assertThat(protocol.getSetupMinutes()).isEqualTo(20);
        assertThat(protocol.getInfusionMinutes()).isEqualTo(40);
        assertThat(protocol.getMinMonitoringMinutes()).isEqualTo(30);
        assertThat(protocol.shortestVisitMinutes()).isEqualTo(90);
        assertThat(protocol.problems()).isEmpty();
    }

    @Test
    void aThirtyMinuteVisitIsRefusedForAFortyMinuteInfusion() {
        TreatmentProtocol protocol = ptsd(120, 30);
        assertThat(protocol.problems()).containsExactly("A later visit of 30 minutes is too short: it must cover "
                + "setup (20 min), the infusion (40 min) and the least monitoring (30 min), 90 minutes in all.");
    }

    @Test
    void longerMonitoringNeedsLongerVisits() {
        TreatmentProtocol protocol = ptsd(120, 100);
        protocol.setMinMonitoringMinutes(60);
        assertThat(protocol.problems()).singleElement().asString().startsWith("A later visit of 100 minutes is too short")
                .contains("120 minutes in all");
    }
}
