package care.rounds.messages;

import care.rounds.RoundsIntegrationTest;
import care.rounds.patients.Patient;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static care.rounds.messages.MessagesTestKit.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A patient replies STOP: texts end (waiting ones are withdrawn), email goes on; unsigned replies are refused. */
@RoundsIntegrationTest
class TextRepliesIT {

    private static final String URL = "http://localhost" + TextReplies.PATH;

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    VisitChanges changes;
    @Autowired
    PatientMessageRepository messages;

    private MessagesTestKit kit;

    @BeforeEach
    void aPatientWithAWaitingText() {
        kit = new MessagesTestKit(context, "stop");
        InfusionVisit first = kit.series.get(0);
        OFFICE.run(() -> changes.book(first.getId(), kit.clinician.getId(), kit.startOf(first)));
    }

    @AfterEach
    void putBack() {
        kit.putBack();
    }

    @Test
    void aStopReplyEndsTextsAndWithdrawsTheWaitingOne() throws Exception {
        Map<String, String> form = Map.of("From", kit.number, "To", SmsStandIn.FROM, "Body", " stop ");
        mvc.perform(post(TextReplies.PATH).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("From", kit.number).param("To", SmsStandIn.FROM).param("Body", " stop ")
                        .header("X-Twilio-Signature", TextReplies.signature(SmsStandIn.TOKEN, URL, form)))
                .andExpect(status().isOk());

        Patient patient = OFFICE.call(() -> kit.patients.find(kit.patient.getId()).orElseThrow());
        assertThat(patient.mayText()).isFalse();
        assertThat(patient.getTextOptedOutAt()).isNotNull();
        assertThat(patient.mayEmail()).as("email is another consent").isTrue();
        assertThat(messages.findByPatientIdOrderByCreatedAtDescIdDesc(kit.patient.getId()))
                .anySatisfy(m -> {
                    assertThat(m.getChannel()).isEqualTo(Channel.TEXT);
                    assertThat(m.getStatus()).isEqualTo(MessageStatus.WITHDRAWN);
                    assertThat(m.getLastError()).contains("STOP");
                })
                .anySatisfy(m -> {
                    assertThat(m.getChannel()).isEqualTo(Channel.EMAIL);
                    assertThat(m.getStatus()).isEqualTo(MessageStatus.QUEUED);
                });
    }

    @Test
    void aReplyWithoutTheProvidersSignatureIsRefused() throws Exception {
        mvc.perform(post(TextReplies.PATH).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("From", kit.number).param("Body", "STOP")
                        .header("X-Twilio-Signature", "forged"))
                .andExpect(status().isForbidden());
        Patient patient = OFFICE.call(() -> kit.patients.find(kit.patient.getId()).orElseThrow());
        assertThat(patient.mayText()).isTrue();
    }
}
