package care.rounds.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The manager's wording of one message type, and whether it is sent at all. */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "message_type")
    private MessageType type;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "email_subject", nullable = false)
    private String emailSubject;

    @Column(name = "email_body", nullable = false)
    private String emailBody;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected MessageTemplate() {
    }

    public MessageTemplate(MessageType type, boolean enabled, String emailSubject, String emailBody, String textBody) {
        this.type = type;
        this.enabled = enabled;
        this.emailSubject = emailSubject;
        this.emailBody = emailBody;
        this.textBody = textBody;
    }

    void edited(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public MessageType getType() {
        return type;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getEmailSubject() {
        return emailSubject;
    }

    public void setEmailSubject(String emailSubject) {
        this.emailSubject = emailSubject;
    }

    public String getEmailBody() {
        return emailBody;
    }

    public void setEmailBody(String emailBody) {
        this.emailBody = emailBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public void setTextBody(String textBody) {
        this.textBody = textBody;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
