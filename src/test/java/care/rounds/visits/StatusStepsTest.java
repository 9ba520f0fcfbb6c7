package care.rounds.visits;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StatusStepsTest {

    private static final Instant NINE = Instant.parse("2026-12-04T14:00:00Z");

    @Test
    void stepsGoEnRouteArrivedInfusingMonitoringDone() {
        assertThat(StatusSteps.next(VisitStatus.SCHEDULED)).isEqualTo(VisitStatus.EN_ROUTE);
        assertThat(StatusSteps.next(VisitStatus.EN_ROUTE)).isEqualTo(VisitStatus.ARRIVED);
        assertThat(StatusSteps.next(VisitStatus.ARRIVED)).isEqualTo(VisitStatus.INFUSING);
        assertThat(StatusSteps.next(VisitStatus.INFUSING)).isEqualTo(VisitStatus.MONITORING);
        assertThat(StatusSteps.next(VisitStatus.MONITORING)).isEqualTo(VisitStatus.DONE);
        assertThat(StatusSteps.next(VisitStatus.DONE)).isNull();
        assertThat(StatusSteps.next(VisitStatus.NOT_HOME)).isNull();
    }

    @Test
    void infusingRightAfterEnRouteSkipsArrived() {
        assertThat(StatusSteps.skipped(VisitStatus.EN_ROUTE, VisitStatus.INFUSING)).containsExactly(VisitStatus.ARRIVED);
        assertThat(StatusSteps.skipped(VisitStatus.SCHEDULED, VisitStatus.DONE)).containsExactly(VisitStatus.EN_ROUTE,
                VisitStatus.ARRIVED, VisitStatus.INFUSING, VisitStatus.MONITORING);
        assertThat(StatusSteps.skipped(VisitStatus.INFUSING, VisitStatus.MONITORING)).isEmpty();
        assertThat(StatusSteps.skipped(VisitStatus.ARRIVED, VisitStatus.NOT_HOME)).as("not home skips nothing").isEmpty();
    }

    @Test
    void aStepAlreadyRecordedIsNotTappedAgain() {
        assertThat(StatusSteps.isBackward(VisitStatus.INFUSING, VisitStatus.ARRIVED)).isTrue();
        assertThat(StatusSteps.isBackward(VisitStatus.INFUSING, VisitStatus.INFUSING)).isTrue();
        assertThat(StatusSteps.isBackward(VisitStatus.INFUSING, VisitStatus.MONITORING)).isFalse();
        assertThat(StatusSteps.isBackward(VisitStatus.SCHEDULED, VisitStatus.EN_ROUTE)).isFalse();
    }

    @Test
    void aTapCanBeUndoneForTwoMinutesAndNoLonger() {
        assertThat(StatusSteps.undoable(NINE, NINE.plusSeconds(119))).isTrue();
        assertThat(StatusSteps.undoable(NINE, NINE.plus(Duration.ofMinutes(2)))).isTrue();
        assertThat(StatusSteps.undoable(NINE, NINE.plus(Duration.ofMinutes(2)).plusSeconds(1))).isFalse();
    }

    @Test
    void doneBeforeTheLeastMonitoringIsEarly() {
        assertThat(StatusSteps.earlyDone(VisitStatus.MONITORING, NINE, NINE.plus(Duration.ofMinutes(12)), 30))
                .hasValue("Done after 12 of the least 30 min of monitoring");
        assertThat(StatusSteps.earlyDone(VisitStatus.MONITORING, NINE, NINE.plus(Duration.ofMinutes(30)), 30)).isEmpty();
        assertThat(StatusSteps.earlyDone(VisitStatus.INFUSING, null, NINE, 30)).as("monitoring skipped")
                .hasValueSatisfying(words -> assertThat(words).startsWith("Done without monitoring"));
        assertThat(StatusSteps.earlyDone(VisitStatus.ARRIVED, null, NINE, 0)).as("no monitoring asked (assessment)")
                .isEmpty();
    }

    @Test
    void theResponsibleAdultIsConfirmedFromArrivedOn() {
        assertThat(StatusSteps.atTheHome(VisitStatus.EN_ROUTE)).isFalse();
        assertThat(StatusSteps.atTheHome(VisitStatus.ARRIVED)).isTrue();
        assertThat(StatusSteps.atTheHome(VisitStatus.DONE)).isTrue();
        assertThat(StatusSteps.atTheHome(VisitStatus.SCHEDULED)).isFalse();
    }
}
