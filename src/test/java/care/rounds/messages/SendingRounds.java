package care.rounds.messages;

import care.rounds.RoundsApplication;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static care.rounds.messages.MessagesTestKit.OFFICE;

/**
 * For {@link OutboxRestartIT}: the whole Rounds application, sending patient messages on its own schedule
 * to the servers the test gives it, until the test kills it. {@code book} books a visit for a patient who
 * agreed to email and texts (a confirmation by each); {@code finish} waits until every message of that
 * patient is finished and prints each with its delivery log.
 * Arguments: book|finish, data folder, port, SMS provider URL, SMTP port, patient id (finish only).
 */
public final class SendingRounds {

    static final String STAND_INS = "rounds.messages.stand-ins";
    static final String STAND_INS_OUTSIDE = "outside";

    public static void main(String[] args) throws Exception {
        System.setProperty(STAND_INS, STAND_INS_OUTSIDE);
        ConfigurableApplicationContext context = new SpringApplication(RoundsApplication.class).run(
                "--rounds.database.embedded.data-dir=" + args[1],
                "--server.port=" + args[2],
                "--rounds.backup.enabled=false",
                "--spring.main.banner-mode=off",
                "--rounds.messages.dev-smtp.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + args[4],
                "--rounds.messages.text.url=" + args[3],
                "--rounds.messages.text.account-sid=" + SmsStandIn.ACCOUNT,
                "--rounds.messages.text.auth-token=" + SmsStandIn.TOKEN,
                "--rounds.messages.text.from=" + SmsStandIn.FROM,
                "--rounds.messages.sending-enabled=true",
                "--rounds.messages.first-send-after=PT1S",
                "--rounds.messages.send-every=PT1S",
                "--rounds.messages.lease=PT2S",
                // the check runs at any hour: no quiet hours
                "--rounds.messages.quiet-from=00:00",
                "--rounds.messages.quiet-until=00:00");
        if (args[0].equals("book")) {
            MessagesTestKit kit = new MessagesTestKit(context, "restart");
            InfusionVisit visit = kit.series.get(0);
            OFFICE.run(() -> context.getBean(VisitChanges.class).book(visit.getId(), kit.clinician.getId(),
                    kit.startOf(visit)));
            System.out.println("SENDING PATIENT " + kit.patient.getId() + " " + kit.number + " " + kit.email);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        long patient = Long.parseLong(args[5]);
        PatientMessageRepository messages = context.getBean(PatientMessageRepository.class);
        MessageDeliveryRepository deliveries = context.getBean(MessageDeliveryRepository.class);
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        List<PatientMessage> all;
        do {
            Thread.sleep(500);
            all = messages.findByPatientIdOrderByCreatedAtDescIdDesc(patient);
        } while (all.stream().anyMatch(m -> m.getStatus() == MessageStatus.QUEUED
                || m.getStatus() == MessageStatus.SENDING) && Instant.now().isBefore(giveUp));
        for (PatientMessage message : all) {
            System.out.println("SENDING MESSAGE " + message.getChannel() + " " + message.getStatus());
            deliveries.findByMessageIdOrderByAtAscIdAsc(message.getId()).forEach(step ->
                    System.out.println("SENDING STEP " + message.getChannel() + " " + step.getStep() + ": "
                            + step.getDetail()));
        }
        System.out.println("SENDING FINISHED");
        System.out.flush();
        context.close();
        System.exit(0);
    }
}
