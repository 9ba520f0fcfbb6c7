package care.rounds.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One message to one patient on one channel, stored before it is sent (the outbox). Its text is
 * fixed when queued: the log shows exactly what the patient got.
 */
@Entity
@Table(name = "patient_message")
public class PatientMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "plan_id")
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_type", nullable = false)
    private MessageType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(nullable = false)
    private String recipient;

    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status = MessageStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "visit_version")
    private Long visitVersion;

    @Column(name = "dedupe_key", nullable = false, unique = true)
    private String dedupeKey;

    @Column(name = "provider_id")
    private String providerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected PatientMessage() {
    }

    PatientMessage(long patientId, Long visitId, Long planId, MessageType type, Channel channel, String recipient,
                   RenderedMessage text, Long visitVersion, String dedupeKey, Instant now) {
        this.patientId = patientId;
        this.visitId = visitId;
        this.planId = planId;
        this.type = type;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = channel == Channel.EMAIL ? text.subject() : null;
        this.body = text.body();
        this.visitVersion = visitVersion;
        this.dedupeKey = dedupeKey;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void claim(Instant now) {
        status = MessageStatus.SENDING;
        attempts++;
        nextAttemptAt = now;
    }

    void sent(String providerId, Instant at) {
        status = MessageStatus.SENT;
        this.providerId = providerId;
        this.sentAt = at;
        this.lastError = null;
    }

    void retryAt(Instant at, String reason) {
        status = MessageStatus.QUEUED;
        nextAttemptAt = at;
        lastError = reason;
    }

    void hold(Instant until) {
        status = MessageStatus.QUEUED;
        nextAttemptAt = until;
    }

    void failed(String reason) {
        status = MessageStatus.FAILED;
        lastError = reason;
    }

    void withdraw(String reason) {
        status = MessageStatus.WITHDRAWN;
        lastError = reason;
    }

    void rewrite(RenderedMessage text, Long visitVersion) {
        this.subject = channel == Channel.EMAIL ? text.subject() : null;
        this.body = text.body();
        this.visitVersion = visitVersion;
    }

    public Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Long getPlanId() {
        return planId;
    }

    public MessageType getType() {
        return type;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Long getVisitVersion() {
        return visitVersion;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getProviderId() {
        return providerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
