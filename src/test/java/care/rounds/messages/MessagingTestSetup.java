package care.rounds.messages;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the application under test at the SMS stand-in and gives its embedded SMTP server a free port
 * (parallel test runs on one machine must not share one), before the context starts: the integration
 * tests keep sharing one context.
 */
public class MessagingTestSetup implements EnvironmentPostProcessor {

    private static Integer smtpPort;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (SendingRounds.STAND_INS_OUTSIDE.equals(System.getProperty(SendingRounds.STAND_INS))) {
            return; // an application started by a test in another JVM: that test gives the servers
        }
        environment.getPropertySources().addFirst(new MapPropertySource("messaging-stand-ins", Map.of(
                "rounds.messages.text.url", SmsStandIn.shared().url(),
                "rounds.messages.text.account-sid", SmsStandIn.ACCOUNT,
                "rounds.messages.text.auth-token", SmsStandIn.TOKEN,
                "rounds.messages.text.from", SmsStandIn.FROM,
                "rounds.messages.dev-smtp.port", String.valueOf(smtpPort()),
                "spring.mail.port", String.valueOf(smtpPort()),
                "spring.mail.host", "127.0.0.1")));
    }

    private static synchronized int smtpPort() {
        if (smtpPort == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                smtpPort = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return smtpPort;
    }
}
