package care.rounds.messages;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.security.SystemActor;
import care.rounds.visits.ClinicalRules;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.Placement;
import care.rounds.visits.VisitFixtures;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One demo patient who agreed to email and texts, with a unique address and number, and three open visits
 * of their series far enough ahead; put back as found afterwards.
 */
final class MessagesTestKit {

    static final SystemActor OFFICE = SystemActor.office("coordinator");
    /** Each test's patient gets an address and number no earlier test used: the servers keep what they got. */
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE =
            new java.util.concurrent.atomic.AtomicInteger(1000 + (int) (Math.random() * 7000));

    final ApplicationContext context;
    final PatientService patients;
    final VisitService visits;
    final ClinicTime time;
    final VisitFixtures fixtures;
    final PatientMessageRepository messages;
    final Patient patient;
    final Patient original;
    final List<InfusionVisit> series;
    final Clinician clinician;
    /** Where each visit of {@link #series} can be booked with {@link #clinician} under the clinic's rules. */
    private final Map<Long, Instant> starts = new HashMap<>();
    final String email;
    final String number;

    MessagesTestKit(ApplicationContext context, String tag) {
        this.context = context;
        this.patients = context.getBean(PatientService.class);
        this.visits = context.getBean(VisitService.class);
        this.time = context.getBean(ClinicTime.class);
        this.fixtures = VisitFixtures.of(context);
        this.messages = context.getBean(PatientMessageRepository.class);
        Instant from = time.startOf(time.today().plusDays(3));
        Map<Long, List<InfusionVisit>> open = visits.inHorizon(from, from.plus(Duration.ofDays(30))).stream()
                .filter(v -> v.getStatus() == VisitStatus.UNSCHEDULED || v.getStatus() == VisitStatus.SCHEDULED)
                .filter(v -> v.getEarliestStart().isAfter(from) && v.getToldStart() == null && !v.isPinned())
                .collect(Collectors.groupingBy(v -> v.getPlan().getId()));
        this.series = open.entrySet().stream().filter(e -> e.getValue().size() >= 3)
                .min(Map.Entry.comparingByKey()).orElseThrow().getValue().stream()
                .sorted(Comparator.comparing(InfusionVisit::getEarliestStart)).limit(3).toList();
        long patientId = series.get(0).getPlan().getPatient().getId();
        this.original = OFFICE.call(() -> patients.find(patientId).orElseThrow());
        this.clinician = bookableClinician(context);
        int unique = SEQUENCE.incrementAndGet();
        this.email = "messages-" + tag + "-" + unique + "@patients.example";
        this.number = "+1404555" + String.format("%04d", unique % 10000);
        Patient p = OFFICE.call(() -> patients.find(patientId).orElseThrow());
        p.setEmail(email);
        p.setPhone(number);
        p.setConsentEmail(true);
        p.setConsentText(true);
        this.patient = OFFICE.call(() -> patients.save(p));
    }

    /** Where the test books this visit: a start its clinician can take under every rule of the clinic. */
    Instant startOf(InfusionVisit visit) {
        return starts.get(visit.getId());
    }

    /**
     * Another place for a booked visit that the patient must be told about (a start at least an hour from
     * {@code booked}, within its window) under every rule of the clinic: with its clinician if they have room,
     * else with another clinician who has (the demo's days are full, and earlier tests fill them further).
     */
    Placement anotherPlace(InfusionVisit visit, Instant booked) {
        ClinicalRules rules = context.getBean(ClinicalRules.class);
        List<Clinician> candidates = new ArrayList<>(List.of(clinician));
        OFFICE.call(() -> context.getBean(ClinicianService.class).active()).stream()
                .filter(c -> !c.getId().equals(clinician.getId())).forEach(candidates::add);
        for (Clinician candidate : candidates) {
            for (Instant start = visit.getEarliestStart(); !start.isAfter(visit.getLatestStart());
                 start = start.plus(Duration.ofMinutes(30))) {
                Placement placement = new Placement(visit.getId(), candidate.getId(), start);
                if (Duration.between(booked, start).abs().compareTo(Duration.ofHours(1)) >= 0
                        && OFFICE.call(() -> rules.check(List.of(placement))).broken().isEmpty()) {
                    return placement;
                }
            }
        }
        throw new IllegalStateException("No clinician has another room for this visit in its window");
    }

    /**
     * A clinician who can take every visit of the series, each at the first half hour of its window that
     * keeps the clinic's rules (the demo's days are full, so the window's first minute is often taken).
     */
    private Clinician bookableClinician(ApplicationContext context) {
        ClinicalRules rules = context.getBean(ClinicalRules.class);
        for (Clinician candidate : OFFICE.call(() -> context.getBean(ClinicianService.class).active())) {
            Map<Long, Instant> found = new HashMap<>();
            for (InfusionVisit visit : series) {
                for (Instant start = visit.getEarliestStart(); !start.isAfter(visit.getLatestStart());
                     start = start.plus(Duration.ofMinutes(30))) {
                    Placement placement = new Placement(visit.getId(), candidate.getId(), start);
                    if (OFFICE.call(() -> rules.check(List.of(placement))).broken().isEmpty()) {
                        found.put(visit.getId(), start);
                        break;
                    }
                }
            }
            if (found.size() == series.size()) {
                List<Placement> together = new ArrayList<>();
                series.forEach(v -> together.add(new Placement(v.getId(), candidate.getId(), found.get(v.getId()))));
                if (OFFICE.call(() -> rules.check(together)).broken().isEmpty()) {
                    starts.putAll(found);
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No demo clinician can take this series under the clinic's rules");
    }

    void putBack() {
        series.forEach(fixtures::putBack);
        Patient p = OFFICE.call(() -> patients.find(patient.getId()).orElseThrow());
        p.setEmail(original.getEmail());
        p.setPhone(original.getPhone());
        p.setConsentEmail(false);
        p.setConsentText(false);
        OFFICE.call(() -> patients.save(p));
        messages.deleteAll(messages.findByPatientIdOrderByCreatedAtDescIdDesc(patient.getId()));
    }

    /** The next time it is {@code clock} in the clinic's zone, at least a minute from now. */
    Instant next(LocalTime clock) {
        ZonedDateTime now = time.now().plusSeconds(60).atZone(time.zone());
        ZonedDateTime at = now.toLocalDate().atTime(clock).atZone(time.zone());
        return at.isBefore(now) ? at.plusDays(1).toInstant() : at.toInstant();
    }

    static List<MimeMessage> mailTo(DevMailServer mail, String address) {
        return mail.received().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
