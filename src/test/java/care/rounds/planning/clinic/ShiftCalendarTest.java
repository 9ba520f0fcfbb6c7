package care.rounds.planning.clinic;

import care.rounds.base.GeoPoint;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.Credential;
import care.rounds.clinicians.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether an MD or NP is on duty for the whole of an RN's visit, as the planner builds her shift. */
class ShiftCalendarTest {

    private static final ZoneId ATLANTA = ZoneId.of("America/New_York");
    private static final LocalDate THURSDAY = LocalDate.of(2027, 1, 7);

    @Test
    void aPhysicianWorkingThatDayCoversAVisitInsideHerHoursOnly() {
        Clinician physician = physicianOnThursdays();

        assertThat(ShiftCalendar.onDutyThroughout(physician, at(10, 0), at(12, 0), ATLANTA)).isTrue();
        assertThat(ShiftCalendar.onDutyThroughout(physician, at(15, 30), at(17, 30), ATLANTA))
                .as("the visit ends after her hours").isFalse();
        assertThat(ShiftCalendar.onDutyThroughout(physician, at(10, 0).plusSeconds(7 * 86400),
                at(12, 0).plusSeconds(7 * 86400), ATLANTA)).as("the next Thursday too").isTrue();
        assertThat(ShiftCalendar.onDutyThroughout(physician, at(10, 0).plusSeconds(86400),
                at(12, 0).plusSeconds(86400), ATLANTA)).as("she does not work Fridays").isFalse();
    }

    @Test
    void aDayOffOrInactiveIsNotOnDutyAndTimeOffCuttingTheDayKeepsTheLongerPart() {
        Clinician dayOff = physicianOnThursdays();
        dayOff.addTimeOff(THURSDAY.atStartOfDay(ATLANTA).toInstant(), THURSDAY.plusDays(1).atStartOfDay(ATLANTA).toInstant(),
                "Day off");
        assertThat(ShiftCalendar.onDutyThroughout(dayOff, at(10, 0), at(12, 0), ATLANTA)).isFalse();

        Clinician inactive = physicianOnThursdays();
        inactive.setActive(false);
        assertThat(ShiftCalendar.onDutyThroughout(inactive, at(10, 0), at(12, 0), ATLANTA)).isFalse();

        // off 14:00-15:00 of 8:00-17:00: the shift keeps 8:00-14:00, so a visit after the appointment is not covered
        Clinician appointment = physicianOnThursdays();
        appointment.addTimeOff(at(14, 0), at(15, 0), "Dentist");
        assertThat(ShiftCalendar.onDutyThroughout(appointment, at(11, 0), at(13, 0), ATLANTA)).isTrue();
        assertThat(ShiftCalendar.onDutyThroughout(appointment, at(15, 0), at(16, 40), ATLANTA)).isFalse();
    }

    private static Clinician physicianOnThursdays() {
        Clinician physician = new Clinician("Test Physician", Credential.MD, "1 Main St", new GeoPoint(33.75, -84.39), 5, 5);
        physician.setHours(DayOfWeek.THURSDAY, new WeeklyHours(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)));
        return physician;
    }

    private static Instant at(int hour, int minute) {
        return THURSDAY.atTime(hour, minute).atZone(ATLANTA).toInstant();
    }
}
