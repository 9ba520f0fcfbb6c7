package care.rounds.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** When an urgent visit can still be fitted in today. */
class DayOfEventsTest {

    private static final Duration KEPT = Duration.ofMinutes(60);
    private static final Duration TWO_HOURS = Duration.ofMinutes(120);

    @Test
    void anUrgentVisitFitsWhileItCanStartAfterTheKeptHourAndEndByMidnight() {
        assertThat(DayOfEvents.tooLateToday(LocalTime.of(14, 0), KEPT, TWO_HOURS)).isEmpty();
        assertThat(DayOfEvents.tooLateToday(LocalTime.of(20, 54), KEPT, TWO_HOURS)).isEmpty();
    }

    @Test
    void anUrgentVisitThatCouldOnlyStartInsideTheKeptHourIsRefusedWithWhatToDo() {
        assertThat(DayOfEvents.tooLateToday(LocalTime.of(20, 56), KEPT, TWO_HOURS)).isPresent();
        assertThat(DayOfEvents.tooLateToday(LocalTime.of(21, 15), KEPT, TWO_HOURS)).hasValueSatisfying(refusal ->
                assertThat(refusal).contains("Too late").contains("60 minutes").contains("120-minute")
                        .contains("Book the visit for tomorrow"));
    }

    @Test
    void aShorterVisitFitsLaterInTheEvening() {
        assertThat(DayOfEvents.tooLateToday(LocalTime.of(21, 20), KEPT, Duration.ofMinutes(90))).isEmpty();
        assertThat(DayOfEvents.tooLateToday(LocalTime.of(21, 45), KEPT, Duration.ofMinutes(90))).isPresent();
    }
}
