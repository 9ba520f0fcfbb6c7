package care.rounds.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a message's delivery log: queued, held for quiet hours, sent, failed (why), retried. */
@Entity
@Table(name = "message_delivery")
public class MessageDelivery {

    /** What happened to the message at that moment. */
    public enum Step { QUEUED, HELD, SENT, FAILED, RETRY, GAVE_UP, WITHDRAWN, INTERRUPTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String status;

    private String detail;

    protected MessageDelivery() {
    }

    MessageDelivery(long messageId, Instant at, Step step, String detail) {
        this.messageId = messageId;
        this.at = at;
        this.status = step.name();
        this.detail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
    }

    public long getMessageId() {
        return messageId;
    }

    public Instant getAt() {
        return at;
    }

    public Step getStep() {
        return Step.valueOf(status);
    }

    public String getDetail() {
        return detail;
    }
}
