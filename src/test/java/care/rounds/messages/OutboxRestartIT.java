package care.rounds.messages;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application killed (kill -9) while sending a patient's messages, and started again on the same
 * database: every message goes out, none twice. The application runs in its own JVM ({@link SendingRounds})
 * and sends to an SMTP server and an SMS stand-in in this one; it is killed while the provider has taken a
 * text and not yet answered, the moment a sender cannot know whether its message went.
 */
class OutboxRestartIT {

    @TempDir
    Path folder;

    private SmsStandIn sms;
    private GreenMail smtp;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void servers() throws IOException {
        sms = SmsStandIn.separate();
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
        sms.stop();
        smtp.stop();
    }

    @Test
    void anApplicationKilledWhileSendingLosesAndDuplicatesNothingAfterItsRestart() throws Exception {
        sms.holdNextAnswer();
        Process first = start("book");
        String[] patient = waitFor(first, "SENDING PATIENT ").split(" ");
        assertThat(sms.awaitHeld(Duration.ofMinutes(3))).as("the application sent its text").isTrue();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9, the provider's answer never heard
        sms.answerHeld();
        assertThat(sms.acceptedTo(patient[1])).hasSize(1);

        Process second = start("finish", patient[0]);
        List<String> report = new ArrayList<>();
        String line;
        BufferedReader output = output(second);
        while ((line = output.readLine()) != null && !line.equals("SENDING FINISHED")) {
            if (line.startsWith("SENDING ")) {
                report.add(line);
            }
        }
        assertThat(line).as("the restarted application finished sending: " + report).isEqualTo("SENDING FINISHED");

        assertThat(report).contains("SENDING MESSAGE EMAIL SENT", "SENDING MESSAGE TEXT SENT");
        assertThat(report).filteredOn(l -> l.startsWith("SENDING MESSAGE")).hasSize(2);
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("SENDING STEP TEXT INTERRUPTED"));
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("SENDING STEP TEXT SENT")
                .contains("not sent again"));
        assertThat(sms.acceptedTo(patient[1])).as("the text went once").hasSize(1);
        MimeMessage[] mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(patient[2]))
                .toArray(MimeMessage[]::new);
        assertThat(mail).as("the email went once").hasSize(1);
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + SendingRounds.STAND_INS + "=" + SendingRounds.STAND_INS_OUTSIDE,
                "-cp", System.getProperty("java.class.path"), SendingRounds.class.getName(), args[0],
                folder.resolve("postgres").toString(), String.valueOf(freePort()), sms.url(),
                String.valueOf(smtp.getSmtp().getPort())));
        command.addAll(Arrays.asList(args).subList(1, args.length));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(process);
        return process;
    }

    private final java.util.Map<Process, BufferedReader> outputs = new java.util.HashMap<>();

    private BufferedReader output(Process process) {
        return outputs.computeIfAbsent(process, p -> new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
    }

    /** Reads the application's output until a line starting with {@code prefix}; returns the rest of it. */
    private String waitFor(Process process, String prefix) throws IOException {
        StringBuilder seen = new StringBuilder();
        String line;
        BufferedReader output = output(process);
        while ((line = output.readLine()) != null) {
            if (line.startsWith(prefix)) {
                Thread drain = new Thread(() -> {
                    try {
                        while (output.readLine() != null) {
                            // the application keeps logging until it is killed
                        }
                    } catch (IOException ignored) {
                        // killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return line.substring(prefix.length());
            }
            seen.append(line).append('\n');
            if (seen.length() > 200_000) {
                seen.delete(0, 100_000);
            }
        }
        throw new AssertionError("The application stopped before it was ready:\n" + seen);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
