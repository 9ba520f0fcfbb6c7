package care.rounds.planning;

import care.rounds.clinicians.Credential;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentProtocol;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesSpacingTest {

    private static final ZoneId ATLANTA = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 25);

    private final TreatmentPlan plan = new TreatmentPlan(null,
            new TreatmentProtocol("PTSD initial series", 6, 120, 100, 44, 96, EnumSet.allOf(Credential.class)),
            MONDAY, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(15, 0),
            Instant.EPOCH);

    private SeriesSpacing after(LocalDate day, int hour) {
        return new SeriesSpacing(plan, 2, Duration.ofMinutes(100), day.atTime(hour, 0).atZone(ATLANTA).toInstant(),
                ATLANTA, Instant::toString);
    }

    @Test
    void theDayAfterThePreviousInfusionIsTooSoonForA44HourMinimum() {
        SeriesSpacing.DayVerdict tuesday = after(MONDAY, 9).on(MONDAY.plusDays(1));

        assertThat(tuesday.allowed()).isFalse();
        assertThat(tuesday.limit()).isEqualTo("the protocol wants at least 44 h after infusion 1 ("
                + MONDAY.atTime(9, 0).atZone(ATLANTA).toInstant() + ")");
    }

    @Test
    void aLateChoiceForThePreviousInfusionHoldsTheNextDayBackUntilTheGapIsKept() {
        SeriesSpacing.DayVerdict wednesday = after(MONDAY, 13).on(MONDAY.plusDays(2));

        assertThat(wednesday.allowed()).isTrue();
        assertThat(wednesday.opens()).as("44 h after Monday 13:00, not the patient's 9:00")
                .isEqualTo(MONDAY.plusDays(2).atTime(9, 0).atZone(ATLANTA).toInstant());
        SeriesSpacing.DayVerdict wednesdayAfterTwoPm = after(MONDAY, 14).on(MONDAY.plusDays(2));
        assertThat(wednesdayAfterTwoPm.opens()).isEqualTo(MONDAY.plusDays(2).atTime(10, 0).atZone(ATLANTA).toInstant());
    }

    @Test
    void beyondTheMaximumGapAndOnADayThePatientCannotDoAreNamed() {
        assertThat(after(MONDAY, 9).on(MONDAY.plusDays(6)).limit()).isEqualTo("the patient cannot do Sundays");
        assertThat(after(MONDAY, 15).on(MONDAY.plusDays(7)).limit())
                .startsWith("the protocol wants at most 96 h (4 days) after infusion 1");
    }

    @Test
    void theNearestDaysComeFirstTheEarlierOfTwoAsNear() {
        List<LocalDate> order = after(MONDAY, 9).around(MONDAY.plusDays(2), 2).stream()
                .map(SeriesSpacing.DayVerdict::day).toList();

        assertThat(order).containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(1), MONDAY.plusDays(3), MONDAY,
                MONDAY.plusDays(4));
    }
}
