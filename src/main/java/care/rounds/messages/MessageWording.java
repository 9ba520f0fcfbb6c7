package care.rounds.messages;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.visits.InfusionVisit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The few facts a message may carry, worded in the clinic's zone: first names, times, the clinic's phone. */
@Component
class MessageWording {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d 'at' h:mm a", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final ClinicTime time;
    private final String clinicPhone;

    MessageWording(ClinicTime time, @Value("${rounds.clinic.phone:}") String clinicPhone) {
        this.time = time;
        this.clinicPhone = clinicPhone;
    }

    MessageFacts facts(InfusionVisit visit, Instant start, Clinician clinician, String dates, String arrival) {
        return new MessageFacts(firstName(visit.getPlan().getPatient().getFullName()), when(start),
                clinician == null ? "your clinician" : firstName(clinician.getFullName()), arrival, dates, clinicPhone);
    }

    /** "Tue Dec 8 at 9:30 AM" in the clinic's zone. */
    String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(time.zone()));
    }

    /** "9:30 AM" in the clinic's zone. */
    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(time.zone()));
    }

    /** Each visit as planned, one per line: "Tue Dec 8 at 9:30 AM with Maria". */
    String dates(List<InfusionVisit> visits) {
        return visits.stream().map(v -> when(v.getPlannedStart()) + " with "
                        + (v.getClinician() == null ? "your clinician" : firstName(v.getClinician().getFullName())))
                .collect(Collectors.joining("\n"));
    }

    /** Each visit as the patient was told, one per line. */
    String toldDates(List<InfusionVisit> visits) {
        return visits.stream().map(v -> when(v.getToldStart())).collect(Collectors.joining("\n"));
    }

    /** "Tue Dec 8 at 9:30 AM, Thu Dec 10 at 9:30 AM and Sat Dec 12 at 10:00 AM". */
    String toldList(List<InfusionVisit> visits) {
        List<String> whens = visits.stream().map(v -> when(v.getToldStart())).toList();
        if (whens.size() == 1) {
            return whens.get(0);
        }
        return String.join(", ", whens.subList(0, whens.size() - 1)) + " and " + whens.get(whens.size() - 1);
    }

    static String firstName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        return fullName.strip().split("\\s+")[0];
    }
}
