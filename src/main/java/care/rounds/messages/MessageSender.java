package care.rounds.messages;

import care.rounds.base.ClinicTime;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's sender. Each round takes due messages under a row lock (several application nodes never
 * take the same one), marks them as sending and commits, hands each to its channel outside any
 * transaction, then records the outcome: sent, or failed with the reason and a retry with backoff. A
 * message whose sending was cut off by a stop is taken up again after its lease, never forgotten.
 */
@Component
class MessageSender {

    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);
    private static final int BATCH = 20;

    private final PatientMessageRepository messages;
    private final MessageDeliveryRepository deliveries;
    private final EmailChannel email;
    private final TextMessageProvider texts;
    private final QuietHours quietHours;
    private final MessageSettings settings;
    private final PatientService patients;
    private final PatientTold patientTold;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ClinicTime time;

    MessageSender(PatientMessageRepository messages, MessageDeliveryRepository deliveries, EmailChannel email,
                  TextMessageProvider texts, QuietHours quietHours, MessageSettings settings, PatientService patients,
                  PatientTold patientTold, PlatformTransactionManager transactions, Clock clock,
                  ClinicTime time) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.email = email;
        this.texts = texts;
        this.quietHours = quietHours;
        this.settings = settings;
        this.patients = patients;
        this.patientTold = patientTold;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.time = time;
    }

    @Scheduled(initialDelayString = "${rounds.messages.first-send-after:PT20S}",
            fixedDelayString = "${rounds.messages.send-every:PT15S}")
    void sendDueNow() {
        if (!settings.sendingEnabled()) {
            return;
        }
        try {
            sendDue(clock.instant());
        } catch (RuntimeException e) {
            log.error("Sending patient messages failed; the outbox keeps them for the next round", e);
        }
    }

    /**
     * Sends every message due at {@code now}, in rounds of {@value #BATCH}, until none is due.
     *
     * @return how many messages were sent
     */
    int sendDue(Instant now) {
        int sent = 0;
        Taken taken;
        while ((taken = takeOne(now)) != null) {
            if (deliver(taken, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** A message claimed for sending; {@code interrupted} when an earlier sending of it was cut off. */
    private record Taken(PatientMessage message, boolean interrupted) {
    }

    /**
     * Claims the next due message and commits the claim before anything is sent, so a stop leaves at most
     * this one message in doubt. Messages due in quiet hours are held, those whose consent was withdrawn
     * are withdrawn, on the way.
     */
    private Taken takeOne(Instant now) {
        return transaction.execute(status -> {
            for (PatientMessage message : messages.lockDue(now, now.minus(settings.lease()), BATCH)) {
                boolean interrupted = message.getStatus() == MessageStatus.SENDING;
                if (interrupted) {
                    log(message, now, MessageDelivery.Step.INTERRUPTED,
                            "Sending was cut off (the application stopped); checked and finished now");
                }
                Optional<String> noConsent = consentWithdrawn(message);
                if (noConsent.isPresent()) {
                    message.withdraw(noConsent.get());
                    log(message, now, MessageDelivery.Step.WITHDRAWN, noConsent.get());
                    continue;
                }
                Optional<Instant> quietUntil = quietHours.holdUntil(now);
                if (quietUntil.isPresent()) {
                    message.hold(quietUntil.get());
                    log(message, now, MessageDelivery.Step.HELD,
                            "Quiet hours: waits until " + time.dateTime(quietUntil.get()));
                    continue;
                }
                message.claim(now); // the lease starts now
                return new Taken(messages.saveAndFlush(message), interrupted);
            }
            return null;
        });
    }

    private boolean deliver(Taken taken, Instant now) {
        PatientMessage message = taken.message();
        try {
            Optional<String> already = taken.interrupted() && message.getChannel() == Channel.TEXT
                    ? texts.alreadyAccepted(message.getRecipient(), message.getBody(), message.getCreatedAt())
                    : Optional.empty();
            String providerId = already.isPresent() ? already.get()
                    : message.getChannel() == Channel.EMAIL ? email.send(message)
                    : texts.send(message.getRecipient(), message.getBody());
            String detail = already.isPresent() ? "The provider had it from the interrupted attempt: not sent again"
                    : message.getChannel().label() + " sent (attempt " + message.getAttempts() + ")";
            transaction.executeWithoutResult(status -> {
                PatientMessage current = messages.findById(message.getId()).orElseThrow();
                current.sent(providerId, now);
                log(current, now, MessageDelivery.Step.SENT, detail);
            });
            if (message.getType() == MessageType.CHANGE_NOTICE) {
                patientTold.record(message);
            }
            return true;
        } catch (MessageNotSent notSent) {
            transaction.executeWithoutResult(status -> failed(message.getId(), notSent, now));
            return false;
        }
    }

    private void failed(long messageId, MessageNotSent notSent, Instant now) {
        PatientMessage current = messages.findById(messageId).orElseThrow();
        log(current, now, MessageDelivery.Step.FAILED, notSent.getMessage());
        if (notSent.isPermanent() || current.getAttempts() >= settings.maxAttempts()) {
            String why = notSent.isPermanent() ? notSent.getMessage()
                    : "Gave up after " + current.getAttempts() + " attempts: " + notSent.getMessage();
            current.failed(why);
            log(current, now, MessageDelivery.Step.GAVE_UP, "Not sent: call the patient");
            return;
        }
        Instant next = now.plus(settings.backoff(current.getAttempts()));
        current.retryAt(next, notSent.getMessage());
        log(current, now, MessageDelivery.Step.RETRY, "Tries again " + time.dateTime(next));
    }

    private Optional<String> consentWithdrawn(PatientMessage message) {
        Patient patient = patients.byIds(List.of(message.getPatientId())).stream().findFirst().orElse(null);
        if (patient == null) {
            return Optional.of("The patient no longer exists");
        }
        if (message.getChannel() == Channel.TEXT && !patient.mayText()) {
            return Optional.of(patient.getTextOptedOutAt() != null ? "The patient replied STOP to text messages"
                    : "The patient no longer agrees to text messages");
        }
        if (message.getChannel() == Channel.EMAIL && !patient.mayEmail()) {
            return Optional.of("The patient no longer agrees to email");
        }
        return Optional.empty();
    }

    private void log(PatientMessage message, Instant at, MessageDelivery.Step step, String detail) {
        deliveries.save(new MessageDelivery(message.getId(), at, step, detail));
    }
}
