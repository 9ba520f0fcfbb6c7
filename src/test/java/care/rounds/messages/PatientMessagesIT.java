package care.rounds.messages;

import care.rounds.RoundsIntegrationTest;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static care.rounds.messages.MessagesTestKit.OFFICE;
import static care.rounds.messages.MessagesTestKit.mailTo;
import static care.rounds.messages.MessagesTestKit.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each message type reaches the embedded SMTP server and the SMS stand-in once, with times in the
 * clinic's zone (America/New_York in the demo: checked here independently of the application's formatting);
 * quiet hours hold; no message names a protocol, diagnosis or medication.
 */
@RoundsIntegrationTest
class PatientMessagesIT {

    private static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d 'at' h:mm a", Locale.US);

    @Autowired
    ApplicationContext context;
    @Autowired
    VisitChanges changes;
    @Autowired
    VisitService visitService;
    @Autowired
    MessageSender sender;
    @Autowired
    Reminders reminders;
    @Autowired
    DevMailServer mail;
    @Autowired
    PatientMessageRepository messages;
    @Autowired
    MessageDeliveryRepository deliveries;
    @Autowired
    TreatmentProtocolRepository protocols;
    @Autowired
    PlatformTransactionManager transactions;

    private MessagesTestKit kit;
    private final SmsStandIn sms = SmsStandIn.shared();

    @BeforeEach
    void aPatientWhoAgreedToEmailAndTexts() {
        kit = new MessagesTestKit(context, "types");
    }

    @AfterEach
    void putBack() {
        kit.putBack();
    }

    @Test
    void eachMessageTypeIsSentOnceWithTheTimeInTheClinicsZone() {
        InfusionVisit first = kit.series.get(0);
        InfusionVisit second = kit.series.get(1);
        Instant firstStart = kit.startOf(first);
        Instant secondStart = kit.startOf(second);
        Instant noon = kit.next(LocalTime.NOON);

        // a series booked in one go: one confirmation listing both visits
        new TransactionTemplate(transactions).executeWithoutResult(status -> OFFICE.run(() -> {
            changes.book(first.getId(), kit.clinician.getId(), firstStart);
            changes.book(second.getId(), kit.clinician.getId(), secondStart);
        }));
        assertThat(sender.sendDue(noon)).isEqualTo(2);

        // the coordinator moves a told visit two hours later: a change notice, and the patient counts as told
        InfusionVisit booked = visitService.seriesOf(List.of(first.getPlan().getId())).stream()
                .filter(v -> v.getId().equals(first.getId())).findFirst().orElseThrow();
        care.rounds.visits.Placement place = kit.anotherPlace(first, firstStart);
        Instant moved = place.start();
        OFFICE.run(() -> changes.move(first.getId(), booked.getVersion(), place.clinicianId(), moved,
                "Patient asked for later", List.of()));
        assertThat(sender.sendDue(noon)).isEqualTo(2);
        InfusionVisit toldNow = visit(first.getId());
        assertThat(toldNow.getToldStart()).as("the change notice was sent: the patient knows the new time")
                .isEqualTo(moved);

        // the day before the second visit, from 10:00 in the clinic's zone: a reminder
        Instant dayBefore = secondStart.atZone(CLINIC_ZONE).toLocalDate().minusDays(1).atTime(10, 30)
                .atZone(CLINIC_ZONE).toInstant();
        assertThat(reminders.queueFor(dayBefore.minus(Duration.ofHours(1)))).as("before 10:00 nothing").isZero();
        assertThat(reminders.queueFor(dayBefore)).isEqualTo(2);
        assertThat(reminders.queueFor(dayBefore)).as("queued once").isZero();
        assertThat(sender.sendDue(noon)).isEqualTo(2);

        // the clinician sets off: "on the way" with an arrival time
        OFFICE.run(() -> visitService.recordStatus(second.getId(), VisitStatus.EN_ROUTE));
        assertThat(sender.sendDue(noon)).isEqualTo(2);

        // the coordinator cancels the told first visit: a cancellation of the time the patient knew
        OFFICE.run(() -> changes.cancel(first.getId(), visit(first.getId()).getVersion(), "Patient is unwell"));
        assertThat(sender.sendDue(noon)).isEqualTo(2);
        assertThat(sender.sendDue(noon.plus(Duration.ofHours(1)))).as("nothing twice").isZero();

        List<MimeMessage> emails = mailTo(mail, kit.email);
        List<SmsStandIn.Text> texts = sms.acceptedTo(kit.number);
        assertThat(emails).hasSize(5);
        assertThat(texts).hasSize(5);
        assertThat(emails.stream().map(MessagesTestKit::text).toList())
                .satisfiesExactly(
                        c -> assertThat(c).startsWith("Your visits are booked").contains(WHEN.format(firstStart.atZone(CLINIC_ZONE)))
                                .contains(WHEN.format(secondStart.atZone(CLINIC_ZONE))),
                        n -> assertThat(n).startsWith("Your visit has changed").contains(WHEN.format(moved.atZone(CLINIC_ZONE))),
                        r -> assertThat(r).startsWith("Your visit tomorrow").contains(WHEN.format(secondStart.atZone(CLINIC_ZONE))),
                        o -> assertThat(o).contains("is on the way").containsPattern("arrive at about \\d{1,2}:\\d{2} [AP]M"),
                        x -> assertThat(x).startsWith("Your visit is cancelled").contains(WHEN.format(moved.atZone(CLINIC_ZONE))));
        assertThat(texts.stream().map(SmsStandIn.Text::body).toList())
                .satisfiesExactly(
                        c -> assertThat(c).contains("visits are booked").contains(WHEN.format(secondStart.atZone(CLINIC_ZONE))),
                        n -> assertThat(n).contains("has changed: now " + WHEN.format(moved.atZone(CLINIC_ZONE))),
                        r -> assertThat(r).contains("comes tomorrow, " + WHEN.format(secondStart.atZone(CLINIC_ZONE))),
                        o -> assertThat(o).contains("is on the way"),
                        x -> assertThat(x).contains("visit of " + WHEN.format(moved.atZone(CLINIC_ZONE)) + " is cancelled"));
        String firstName = kit.original.getFullName().split(" ")[0];
        assertThat(texts).allSatisfy(t -> assertThat(t.body()).startsWith("Hello " + firstName + ",")
                .contains("(404) 555-0100").contains("Reply STOP"));
        assertThat(texts).allSatisfy(t -> assertThat(t.from()).isEqualTo(SmsStandIn.FROM));

        noMessageNamesTreatment(emails.stream().map(MessagesTestKit::text).toList());
        noMessageNamesTreatment(texts.stream().map(SmsStandIn.Text::body).toList());
    }

    @Test
    void quietHoursHoldAMessageUntilMorningInTheClinicsZone() {
        InfusionVisit first = kit.series.get(0);
        OFFICE.run(() -> changes.book(first.getId(), kit.clinician.getId(), kit.startOf(first)));
        Instant lateEvening = kit.next(LocalTime.of(22, 30));

        assertThat(sender.sendDue(lateEvening)).isZero();
        List<PatientMessage> held = messages.findByPatientIdOrderByCreatedAtDescIdDesc(kit.patient.getId());
        assertThat(held).hasSize(2).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MessageStatus.QUEUED);
            assertThat(m.getNextAttemptAt().atZone(CLINIC_ZONE).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(m.getNextAttemptAt()).isAfter(lateEvening);
        });
        assertThat(steps(held.get(0))).containsExactly(MessageDelivery.Step.QUEUED, MessageDelivery.Step.HELD);
        Instant eight = held.get(0).getNextAttemptAt();
        assertThat(sender.sendDue(eight.minus(Duration.ofMinutes(1)))).isZero();
        assertThat(mailTo(mail, kit.email)).isEmpty();
        assertThat(sms.acceptedTo(kit.number)).isEmpty();

        assertThat(sender.sendDue(eight)).isEqualTo(2);
        assertThat(mailTo(mail, kit.email)).hasSize(1);
        assertThat(sms.acceptedTo(kit.number)).hasSize(1);
    }

    @Test
    void aReminderWaitingWhenItsVisitMovesIsWithdrawnAndTheNextRoundRemindsTheNewTime() {
        InfusionVisit first = kit.series.get(0);
        Instant start = kit.startOf(first);
        OFFICE.run(() -> changes.book(first.getId(), kit.clinician.getId(), start));
        Instant dayBefore = start.atZone(CLINIC_ZONE).toLocalDate().minusDays(1).atTime(10, 30)
                .atZone(CLINIC_ZONE).toInstant();
        assertThat(reminders.queueFor(dayBefore)).isEqualTo(2);

        care.rounds.visits.Placement place = kit.anotherPlace(first, start);
        Instant moved = place.start();
        OFFICE.run(() -> changes.move(first.getId(), visit(first.getId()).getVersion(), place.clinicianId(), moved,
                "Patient asked for later", List.of()));

        List<PatientMessage> withdrawn = messages.findByVisitIdAndTypeAndStatus(first.getId(), MessageType.REMINDER,
                MessageStatus.WITHDRAWN);
        assertThat(withdrawn).as("the reminders naming the old time never go out").hasSize(2);
        assertThat(withdrawn).allSatisfy(m -> assertThat(m.getBody()).contains(WHEN.format(start.atZone(CLINIC_ZONE))));
        assertThat(messages.findByVisitIdAndTypeAndStatus(first.getId(), MessageType.REMINDER, MessageStatus.QUEUED))
                .isEmpty();

        Instant dayBeforeMoved = moved.atZone(CLINIC_ZONE).toLocalDate().minusDays(1).atTime(10, 30)
                .atZone(CLINIC_ZONE).toInstant();
        assertThat(reminders.queueFor(dayBeforeMoved)).as("the next round reminds the new time").isEqualTo(2);
        assertThat(messages.findByVisitIdAndTypeAndStatus(first.getId(), MessageType.REMINDER, MessageStatus.QUEUED))
                .hasSize(2)
                .allSatisfy(m -> assertThat(m.getBody()).contains(WHEN.format(moved.atZone(CLINIC_ZONE))));
        assertThat(reminders.queueFor(dayBeforeMoved)).as("once").isZero();
    }

    @Test
    void noMessageTemplateNamesAProtocolDiagnosisOrMedication() {
        MessageRenderer renderer = context.getBean(MessageRenderer.class);
        MessageTemplates templates = context.getBean(MessageTemplates.class);
        List<String> all = new ArrayList<>();
        for (MessageType type : MessageType.values()) {
            for (Channel channel : Channel.values()) {
                RenderedMessage m = renderer.render(DefaultTemplates.of(type), channel, templates.sampleFacts());
                all.add(m.subject() + "\n" + m.body());
            }
        }
        noMessageNamesTreatment(all);
        // and the check that guards the manager's edits refuses them
        MessageSafety safety = context.getBean(MessageSafety.class);
        assertThat(safety.firstForbidden("Your Ketamine visit")).contains("ketamine");
        protocols.findAll().forEach(p -> assertThat(safety.firstForbidden("Your " + p.getName() + " visit"))
                .as(p.getName()).isPresent());
    }

    /** No protocol's name, and none of the diagnoses and medications of the clinic's work. */
    private void noMessageNamesTreatment(List<String> texts) {
        List<String> names = new ArrayList<>(List.of("ketamine", "esketamine", "spravato", "ptsd", "depression",
                "post-traumatic", "infusion", "mg/kg", "dose", "diagnosis", "treatment"));
        protocols.findAll().forEach(p -> names.add(p.getName().toLowerCase(Locale.ROOT)));
        assertThat(names).hasSizeGreaterThan(11);
        for (String text : texts) {
            for (String name : names) {
                assertThat(Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE)
                        .matcher(text).find()).as("\"%s\" in: %s", name, text).isFalse();
            }
        }
    }

    private List<MessageDelivery.Step> steps(PatientMessage message) {
        return deliveries.findByMessageIdOrderByAtAscIdAsc(message.getId()).stream().map(MessageDelivery::getStep)
                .toList();
    }

    private InfusionVisit visit(long id) {
        return visitService.seriesOf(List.of(kit.series.get(0).getPlan().getId())).stream()
                .filter(v -> v.getId() == id).findFirst().orElseThrow();
    }
}
