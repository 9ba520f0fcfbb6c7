package care.rounds.messages;

import care.rounds.base.ClinicTime;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanged;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The day before each visit, from the reminder time on (clinic's zone), its patient gets a reminder with
 * what to prepare. Checked every quarter hour; a visit gets one reminder per planned start and clinician.
 * A reminder still waiting when its visit moves says a time or a clinician that no longer holds: it is
 * withdrawn ({@link #withdrawStale}) and the next round queues one with the new time.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final VisitService visits;
    private final PatientMessageRepository messages;
    private final MessageQueue queue;
    private final MessageWording wording;
    private final MessageSettings settings;
    private final ClinicTime time;
    private final Clock clock;

    Reminders(VisitService visits, PatientMessageRepository messages, MessageQueue queue, MessageWording wording,
              MessageSettings settings, ClinicTime time, Clock clock) {
        this.visits = visits;
        this.messages = messages;
        this.queue = queue;
        this.wording = wording;
        this.settings = settings;
        this.time = time;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${rounds.messages.first-send-after:PT20S}",
            fixedDelayString = "${rounds.messages.reminders-every:PT15M}")
    void queueNow() {
        if (!settings.sendingEnabled()) {
            return;
        }
        try {
            queueFor(clock.instant());
        } catch (RuntimeException e) {
            log.error("Queuing tomorrow's reminders failed; the next round tries again", e);
        }
    }

    /** Queues reminders for the visits of the day after {@code now}'s day, once it is reminder time. */
    @Transactional
    public int queueFor(Instant now) {
        var local = now.atZone(time.zone());
        if (local.toLocalTime().isBefore(settings.reminderFrom())) {
            return 0;
        }
        LocalDate tomorrow = local.toLocalDate().plusDays(1);
        Instant from = time.startOf(tomorrow);
        Instant until = time.startOf(tomorrow.plusDays(1));
        int queued = 0;
        for (InfusionVisit visit : visits.inHorizon(from, until)) {
            if (visit.getStatus() != VisitStatus.SCHEDULED || visit.getPlannedStart() == null
                    || visit.getClinician() == null || visit.getPlannedStart().isBefore(from)
                    || !visit.getPlannedStart().isBefore(until)) {
                continue;
            }
            MessageFacts facts = wording.facts(visit, visit.getPlannedStart(), visit.getClinician(), null, null);
            queued += queue.queue(MessageType.REMINDER, visit.getPlan().getPatient(), visit.getId(),
                    visit.getPlan().getId(), visit.getVersion(), facts, key(visit)).size();
        }
        return queued;
    }

    /**
     * Withdraws the reminders waiting for this visit that were written for another start or clinician
     * (or for a visit no longer on a route).
     */
    void withdrawStale(VisitChanged change) {
        boolean onRoute = change.status() == VisitStatus.SCHEDULED && change.start() != null
                && change.clinicianId() != null;
        String current = onRoute ? promise(change.visitId(), change.start(), change.clinicianId()) : null;
        for (PatientMessage waiting : messages.findByVisitIdAndTypeAndStatus(change.visitId(), MessageType.REMINDER,
                MessageStatus.QUEUED)) {
            if (current == null || !waiting.getDedupeKey().startsWith(current)) {
                queue.withdraw(waiting.getId(), onRoute
                        ? "The visit moved to " + time.dateTime(change.start()) + ": a reminder with the new time replaces it"
                        : "The visit is no longer planned: no reminder");
            }
        }
    }

    /**
     * The reminder's key: the visit, the start and clinician it names, and how many reminders of the visit
     * were withdrawn before (so a visit moved back to a time it had gets its reminder again).
     */
    private String key(InfusionVisit visit) {
        long withdrawn = messages.countByVisitIdAndTypeAndStatus(visit.getId(), MessageType.REMINDER,
                MessageStatus.WITHDRAWN);
        return promise(visit.getId(), visit.getPlannedStart(), visit.getClinician().getId()) + "w" + withdrawn;
    }

    private static String promise(long visitId, Instant start, long clinicianId) {
        return "reminder:visit:" + visitId + ":" + start.getEpochSecond() + ":c" + clinicianId + ":";
    }
}
