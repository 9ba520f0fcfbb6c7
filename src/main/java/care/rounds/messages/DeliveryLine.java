package care.rounds.messages;

import java.time.Instant;
import java.util.List;

/**
 * One message as the coordinator sees it in a delivery log: what, how, to whom, where it stands, and
 * every step of its delivery.
 */
public record DeliveryLine(long messageId, Long visitId, MessageType type, Channel channel, String recipient,
                           String subject, String body, MessageStatus status, int attempts, Instant queuedAt,
                           Instant sentAt, String lastError, List<Step> steps) {

    /** One step of the delivery: queued, held, sent, failed (why), retried. */
    public record Step(Instant at, MessageDelivery.Step step, String detail) {
    }
}
