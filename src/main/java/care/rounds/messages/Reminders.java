package care.rounds.messages;

import care.rounds.base.ClinicTime;
import care.rounds.visits.InfusionVisit;
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
 * what to prepare. Checked every quarter hour; a visit gets one reminder per planned start.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final VisitService visits;
    private final MessageQueue queue;
    private final MessageWording wording;
    private final MessageSettings settings;
    private final ClinicTime time;
    private final Clock clock;

    Reminders(VisitService visits, MessageQueue queue, MessageWording wording, MessageSettings settings,
              ClinicTime time, Clock clock) {
        this.visits = visits;
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
                    visit.getPlan().getId(), visit.getVersion(), facts,
                    "reminder:visit:" + visit.getId() + ":" + visit.getPlannedStart().getEpochSecond()).size();
        }
        return queued;
    }
}
