package care.rounds.messages;

import care.rounds.base.ClinicTime;
import care.rounds.patients.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Puts messages in the outbox, in the caller's transaction: a message exists exactly when the change
 * that caused it was saved. One message per channel the patient consented to; the same message (same
 * key) is never queued twice.
 */
@Component
class MessageQueue {

    private static final Logger log = LoggerFactory.getLogger(MessageQueue.class);

    private final PatientMessageRepository messages;
    private final MessageDeliveryRepository deliveries;
    private final MessageTemplates templates;
    private final MessageRenderer renderer;
    private final MessageSafety safety;
    private final ClinicTime time;

    MessageQueue(PatientMessageRepository messages, MessageDeliveryRepository deliveries, MessageTemplates templates,
                 MessageRenderer renderer, MessageSafety safety, ClinicTime time) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.templates = templates;
        this.renderer = renderer;
        this.safety = safety;
        this.time = time;
    }

    /**
     * Queues this message to the patient on each channel they consented to.
     *
     * @param key what makes the message unique (type, visit, promise); the channel is added to it
     * @return the messages queued (none when the type is switched off, no consent, or already queued)
     */
    List<PatientMessage> queue(MessageType type, Patient patient, Long visitId, Long planId, Long visitVersion,
                               MessageFacts facts, String key) {
        MessageTemplate template = templates.current(type);
        if (!template.isEnabled()) {
            return List.of();
        }
        java.util.ArrayList<PatientMessage> queued = new java.util.ArrayList<>();
        for (Channel channel : Channel.values()) {
            String recipient = recipient(patient, channel);
            String dedupeKey = shorten(key + ":" + channel);
            if (recipient == null || messages.existsByDedupeKey(dedupeKey)) {
                continue;
            }
            RenderedMessage text = renderer.render(template, channel, facts);
            var unsafe = safety.firstForbidden(text.subject()).or(() -> safety.firstForbidden(text.body()));
            if (unsafe.isPresent()) {
                // a first name or the clinic's own wording slipped past the template check: never send it
                log.warn("A {} message was not queued: its text names a diagnosis, treatment or medication", type);
                continue;
            }
            PatientMessage message = messages.save(new PatientMessage(patient.getId(), visitId, planId, type, channel,
                    recipient, text, visitVersion, dedupeKey, time.now()));
            deliveries.save(new MessageDelivery(message.getId(), time.now(), MessageDelivery.Step.QUEUED,
                    type.label() + " by " + channel.label().toLowerCase(Locale.ROOT)));
            queued.add(message);
        }
        return queued;
    }

    /** Withdraws a message still waiting in the outbox, with the reason in its log. */
    void withdraw(long messageId, String reason) {
        if (messages.withdrawIfQueued(messageId, reason) > 0) {
            deliveries.save(new MessageDelivery(messageId, time.now(), MessageDelivery.Step.WITHDRAWN, reason));
        }
    }

    static String recipient(Patient patient, Channel channel) {
        return switch (channel) {
            case EMAIL -> patient.mayEmail() ? patient.getEmail().strip() : null;
            case TEXT -> patient.mayText() ? phoneNumber(patient.getPhone()) : null;
        };
    }

    /** The number in international form (+14045550100) as SMS providers want it; US numbers get +1. */
    static String phoneNumber(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (phone.strip().startsWith("+")) {
            return "+" + digits;
        }
        if (digits.length() == 10) {
            return "+1" + digits;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        return digits.isEmpty() ? null : "+" + digits;
    }

    private static String shorten(String key) {
        if (key.length() <= 200) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, 100) + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
