package care.rounds.booking;

import care.rounds.intake.ConsultationOutcome;
import care.rounds.intake.ScreeningOutcomes;
import care.rounds.patients.Patient;

import java.util.function.Predicate;

/**
 * For tests that book a series through the screens: a patient the booking accepts, screened eligible with a
 * responsible adult on record (tests share the demo data, and some add patients that have neither).
 */
public final class BookablePatients {

    private BookablePatients() {
    }

    public static Predicate<Patient> bookable(ScreeningOutcomes screenings) {
        return patient -> patient.getHomeLocation() != null && patient.responsibleAdultMissing().isEmpty()
                && screenings.latestOf(patient.getId()).filter(ConsultationOutcome.ELIGIBLE::equals).isPresent();
    }
}
