package care.rounds.messages;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An SMTP server inside the application for development and the demo (GreenMail), so sent mail can be
 * seen without a mail service (setting {@code rounds.messages.dev-smtp.enabled}). Never for production:
 * point {@code spring.mail.host} at the clinic's mail service instead (Mailpit in docker compose).
 */
@Component
@ConditionalOnProperty(name = "rounds.messages.dev-smtp.enabled", havingValue = "true")
public class DevMailServer implements DisposableBean {

    private final GreenMail greenMail;

    DevMailServer(@Value("${rounds.messages.dev-smtp.port:3025}") int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /** Every email the server received since it started, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Forgets the mail received so far. */
    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("The development mail server could not be cleared", e);
        }
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }
}
