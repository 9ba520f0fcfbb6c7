package care.rounds.messages;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Email over SMTP with Spring's mail support ({@code spring.mail.*}). Each message carries a Message-ID
 * made from its outbox id, so a copy sent again after a crash is recognisably the same message.
 */
@Component
class EmailChannel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String domain;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender,
                 @Value("${rounds.messages.email.from:Your care team <no-reply@rounds.example>}") String from,
                 @Value("${rounds.messages.email.message-id-domain:rounds.example}") String domain) {
        this.mailSender = mailSender;
        this.from = from;
        this.domain = domain;
    }

    String send(PatientMessage message) throws MessageNotSent {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new MessageNotSent("No mail server is set up (spring.mail.host)", true);
        }
        String id = "<rounds-message-" + message.getId() + "@" + domain + ">";
        try {
            MimeMessage mime = sender instanceof JavaMailSenderImpl impl
                    ? new StableIdMessage(impl.getSession(), id) : sender.createMimeMessage();
            mime.setFrom(InternetAddress.parse(from)[0]);
            mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
            mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
            mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
            sender.send(mime);
            return id;
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            throw new MessageNotSent("The email address or message is not valid for sending", true);
        } catch (MailException e) {
            throw new MessageNotSent("The mail server did not accept the message (" + e.getClass().getSimpleName()
                    + ")", false);
        }
    }

    /** Keeps the Message-ID it is given instead of inventing one on send. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
