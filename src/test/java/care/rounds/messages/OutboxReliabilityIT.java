package care.rounds.messages;

import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.patients.PatientService;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static care.rounds.messages.MessagesTestKit.OFFICE;
import static care.rounds.messages.MessagesTestKit.mailTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox under failure: a provider outage is retried with backoff and logged; a sender killed in the
 * middle of sending (before and after the provider took a text) leaves nothing lost and nothing sent twice
 * once a sender runs again from what PostgreSQL holds.
 */
@RoundsIntegrationTest
class OutboxReliabilityIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    VisitChanges changes;
    @Autowired
    MessageSender sender;
    @Autowired
    DevMailServer mail;
    @Autowired
    PatientMessageRepository messages;
    @Autowired
    MessageDeliveryRepository deliveries;

    private MessagesTestKit kit;
    private final SmsStandIn sms = SmsStandIn.shared();

    @BeforeEach
    void aPatientWhoAgreedToEmailAndTexts() {
        kit = new MessagesTestKit(context, "outbox");
    }

    @AfterEach
    void putBack() {
        sms.failNext(0);
        kit.putBack();
    }

    @Test
    void aProviderFailureIsRetriedWithBackoffAndLogged() {
        InfusionVisit first = kit.series.get(0);
        OFFICE.run(() -> changes.book(first.getId(), kit.clinician.getId(), kit.startOf(first)));
        Instant t0 = kit.next(LocalTime.NOON);
        sms.failNext(2);

        assertThat(sender.sendDue(t0)).as("the email goes, the text fails").isEqualTo(1);
        PatientMessage text = onlyText();
        assertThat(text.getStatus()).isEqualTo(MessageStatus.QUEUED);
        assertThat(text.getAttempts()).isEqualTo(1);
        assertThat(text.getLastError()).contains("503").contains("Service unavailable");
        assertThat(text.getNextAttemptAt()).isEqualTo(t0.plus(Duration.ofMinutes(1)));

        assertThat(sender.sendDue(t0.plusSeconds(30))).as("not before its retry time").isZero();
        assertThat(sender.sendDue(t0.plus(Duration.ofMinutes(1)))).as("fails again").isZero();
        assertThat(onlyText().getNextAttemptAt()).as("backoff doubles")
                .isEqualTo(t0.plus(Duration.ofMinutes(3)));
        assertThat(sender.sendDue(t0.plus(Duration.ofMinutes(3)))).isEqualTo(1);

        text = onlyText();
        assertThat(text.getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(text.getAttempts()).isEqualTo(3);
        assertThat(sms.acceptedTo(kit.number)).hasSize(1);
        assertThat(deliveries.findByMessageIdOrderByAtAscIdAsc(text.getId()))
                .extracting(MessageDelivery::getStep).containsExactly(MessageDelivery.Step.QUEUED,
                        MessageDelivery.Step.FAILED, MessageDelivery.Step.RETRY, MessageDelivery.Step.FAILED,
                        MessageDelivery.Step.RETRY, MessageDelivery.Step.SENT);
        assertThat(deliveries.findByMessageIdOrderByAtAscIdAsc(text.getId()).get(1).getDetail())
                .contains("503");
    }

    @Test
    void aSenderKilledMidSendingLosesAndDuplicatesNothing() {
        // three bookings made one by one: three confirmations, each by email and by text
        for (InfusionVisit visit : kit.series) {
            OFFICE.run(() -> changes.book(visit.getId(), kit.clinician.getId(), kit.startOf(visit)));
        }
        assertThat(messages.findByPatientIdOrderByCreatedAtDescIdDesc(kit.patient.getId())).hasSize(6);
        Instant t0 = kit.next(LocalTime.NOON);

        // killed after taking the first text, before the provider got it
        assertThatThrownBy(() -> killedSender(false).sendDue(t0)).isInstanceOf(Killed.class);
        assertThat(mailTo(mail, kit.email)).hasSize(1);
        assertThat(sms.acceptedTo(kit.number)).isEmpty();

        // restarted, and killed again just after the provider took that text, before recording it
        Instant afterLease = t0.plus(Duration.ofMinutes(3));
        assertThat(sender.sendDue(afterLease.minus(Duration.ofMinutes(2))))
                .as("the other four go; within its lease the interrupted text waits").isEqualTo(4);
        assertThat(sms.acceptedTo(kit.number)).hasSize(2);
        assertThatThrownBy(() -> killedSender(true).sendDue(afterLease.plus(Duration.ofMinutes(1))))
                .isInstanceOf(Killed.class);

        // restarted: everything goes out, the text the provider had is not sent again
        sender.sendDue(afterLease.plus(Duration.ofMinutes(5)));

        List<PatientMessage> all = messages.findByPatientIdOrderByCreatedAtDescIdDesc(kit.patient.getId());
        assertThat(all).hasSize(6).allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MessageStatus.SENT));
        assertThat(mailTo(mail, kit.email)).hasSize(3);
        List<SmsStandIn.Text> texts = sms.acceptedTo(kit.number);
        assertThat(texts).hasSize(3);
        assertThat(texts.stream().map(SmsStandIn.Text::body).distinct()).hasSize(3);
        assertThat(all.stream().flatMap(m -> deliveries.findByMessageIdOrderByAtAscIdAsc(m.getId()).stream())
                .map(MessageDelivery::getDetail))
                .anySatisfy(d -> assertThat(d).contains("not sent again"));
    }

    private PatientMessage onlyText() {
        return messages.findByPatientIdOrderByCreatedAtDescIdDesc(kit.patient.getId()).stream()
                .filter(m -> m.getChannel() == Channel.TEXT).findFirst().orElseThrow();
    }

    /** The application dying: nothing catches it, nothing after it runs. */
    static final class Killed extends Error {
    }

    /** A sender whose first text kills it: before handing it to the provider, or just after. */
    private MessageSender killedSender(boolean afterProviderTookIt) {
        TextMessageProvider real = context.getBean(TextMessageProvider.class);
        AtomicInteger calls = new AtomicInteger();
        TextMessageProvider dying = new TextMessageProvider() {
            @Override
            public String send(String to, String body) throws MessageNotSent {
                if (calls.incrementAndGet() == 1) {
                    if (afterProviderTookIt) {
                        real.send(to, body);
                    }
                    throw new Killed();
                }
                return real.send(to, body);
            }

            @Override
            public Optional<String> alreadyAccepted(String to, String body, Instant since) throws MessageNotSent {
                return real.alreadyAccepted(to, body, since);
            }
        };
        return new MessageSender(messages, deliveries, context.getBean(EmailChannel.class), dying,
                context.getBean(QuietHours.class), context.getBean(MessageSettings.class),
                context.getBean(PatientService.class), context.getBean(PatientTold.class),
                context.getBean(PlatformTransactionManager.class), context.getBean(Clock.class),
                context.getBean(ClinicTime.class));
    }
}
