package care.rounds.intake;

import care.rounds.RoundsIntegrationTest;
import care.rounds.intake.internal.ProofOfWork;
import care.rounds.intake.internal.SpamTally;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public JSON API, called without a login as a clinic website's form would. */
@RoundsIntegrationTest
class ConsultationRequestApiIT {

    private static final String PATH = "/api/consultation-requests";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsultationRequestRepository requests;

    @Autowired
    ProofOfWork proofOfWork;

    @Autowired
    SpamTally spam;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private ResultActions send(String address, String json) throws Exception {
        return mvc.perform(post(PATH).with(from(address)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String request(String name, String phone, String website) {
        return request(name, phone, website, ProvenRequests.proof(proofOfWork));
    }

    private static String request(String name, String phone, String website, String altcha) {
        return """
                {"name": "%s", "phone": "%s", "email": "someone@example.com", "zip": "30307",
                 "preferredContactTime": "Weekday mornings", "message": "I would like to know more.",
                 "consentToContact": true, "website": "%s", "altcha": "%s"}
                """.formatted(name, phone, website, altcha);
    }

    private long stored(String name) {
        return requests.findAll().stream().filter(r -> r.getFullName().equals(name)).count();
    }

    @Test
    void aCompleteRequestIsReceivedWithoutLoginAndStoredAsNew() throws Exception {
        send("203.0.113.1", request("Api Valid Person", "(404) 555-0101", ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.message").value(containsString("coordinator will contact you")))
                .andExpect(content().string(not(containsString("Api Valid Person"))));
        ConsultationRequest saved = requests.findAll().stream()
                .filter(r -> r.getFullName().equals("Api Valid Person")).findFirst().orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(RequestStatus.NEW);
        assertThat(saved.getPhone()).isEqualTo("(404) 555-0101");
        assertThat(saved.getPreferredContactTime()).isEqualTo("Weekday mornings");
        assertThat(saved.getZip()).isEqualTo("30307");
        assertThat(saved.isConsentToContact()).isTrue();
    }

    @Test
    void invalidFieldsAreExplainedOneMessagePerFieldAndNothingIsStored() throws Exception {
        long before = requests.count();
        send("203.0.113.2", """
                {"name": " ", "phone": "call me", "email": "not-an-email", "consentToContact": false}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Enter your name."))
                .andExpect(jsonPath("$.errors.phone").value("Enter a phone number such as (404) 555-0123."))
                .andExpect(jsonPath("$.errors.email").value(containsString("name@example.com")))
                .andExpect(jsonPath("$.errors.consentToContact").value(containsString("contact you")))
                .andExpect(jsonPath("$.errors.message").doesNotExist());
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void theSixthRequestInAnHourFromOneAddressIsRefusedWithRetryAfter() throws Exception {
        for (int i = 1; i <= 5; i++) {
            send("203.0.113.7", request("Api Limit Person " + i, "(404) 555-017" + i, "")).andExpect(status().isCreated());
        }
        send("203.0.113.7", request("Api Limit Person 6", "(404) 555-0176", ""))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.message").value(containsString("try again in")));
        assertThat(stored("Api Limit Person 6")).isZero();
        send("203.0.113.8", request("Api Limit Neighbour", "(404) 555-0180", "")).andExpect(status().isCreated());
    }

    @Test
    void aRequestWithTheSpamTrapFilledInIsAnsweredAsReceivedButNotStored() throws Exception {
        send("203.0.113.9", request("Api Robot Person", "(404) 555-0190", "https://spam.example"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.message").value(containsString("coordinator will contact you")));
        assertThat(stored("Api Robot Person")).isZero();
    }

    @Test
    void malformedJsonGetsAReadableMessageAndNoStackTrace() throws Exception {
        send("203.0.113.10", "{\"name\": \"Broken")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("not valid JSON")))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at com."))));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithAReadableMessageNotTheLoginPage() throws Exception {
        mvc.perform(post(PATH).with(from("203.0.113.12")).contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.message").value(containsString("Content-Type: application/json")));
    }

    @Test
    void aValueOfTheWrongTypeIsExplainedAtItsField() throws Exception {
        send("203.0.113.11", "{\"name\": \"Api Type Person\", \"phone\": \"(404) 555-0111\", \"consentToContact\": \"maybe\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.consentToContact").value("This value has the wrong type."));
    }

    private int counted(SpamReason reason) {
        return spam.lastDays(1).getOrDefault(reason, 0);
    }

    private static RequestStatus statusOf(ConsultationRequestRepository requests, String name) {
        return requests.findAll().stream().filter(r -> r.getFullName().equals(name)).findFirst().orElseThrow().getStatus();
    }

    @Test
    void aRequestWithoutProofOfWorkIsHeldOutOfTheInboxAndCounted() throws Exception {
        int before = counted(SpamReason.NO_PROOF);
        send("203.0.113.20", request("Api Unproven Person", "(404) 555-0120", "", ""))
                .andExpect(status().isCreated());
        assertThat(statusOf(requests, "Api Unproven Person")).isEqualTo(RequestStatus.HELD);
        assertThat(counted(SpamReason.NO_PROOF)).isEqualTo(before + 1);
    }

    @Test
    void aRequestSentTheMomentItsChallengeWasFetchedIsDroppedAsTooFast() throws Exception {
        int before = counted(SpamReason.TOO_FAST);
        String instant = ProofOfWork.solve(proofOfWork.challenge());
        send("203.0.113.21", request("Api Hasty Robot", "(404) 555-0121", "", instant))
                .andExpect(status().isCreated());
        assertThat(stored("Api Hasty Robot")).isZero();
        assertThat(counted(SpamReason.TOO_FAST)).isEqualTo(before + 1);
    }

    @Test
    void aForgedOrReusedProofIsDropped() throws Exception {
        int before = counted(SpamReason.FORGED_PROOF);
        String proof = ProvenRequests.proof(proofOfWork);
        send("203.0.113.22", request("Api First Use", "(404) 555-0122", "", proof)).andExpect(status().isCreated());
        send("203.0.113.22", request("Api Replayed Robot", "(404) 555-0123", "", proof)).andExpect(status().isCreated());
        send("203.0.113.22", request("Api Forging Robot", "(404) 555-0124", "", "bm90IGEgcHJvb2Y="))
                .andExpect(status().isCreated());
        assertThat(stored("Api First Use")).isEqualTo(1);
        assertThat(stored("Api Replayed Robot")).isZero();
        assertThat(stored("Api Forging Robot")).isZero();
        assertThat(counted(SpamReason.FORGED_PROOF)).isEqualTo(before + 2);
    }

    @Test
    void theChallengeIsPublicInAltchasFormatAndNeverCached() throws Exception {
        mvc.perform(get(PATH + "/challenge"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.algorithm").value("SHA-256"))
                .andExpect(jsonPath("$.salt").value(containsString("issued=")))
                .andExpect(jsonPath("$.signature").isString());
    }

    @Test
    void aPreflightFromTheClinicsSiteIsAnswered204WithCorsHeaders() throws Exception {
        mvc.perform(options(PATH).header("Origin", "http://localhost:18117")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:18117"))
                .andExpect(header().string("Access-Control-Allow-Methods", containsString("POST")))
                .andExpect(header().string("Access-Control-Allow-Headers", containsString("Content-Type")));
    }

    @Test
    void aPreflightFromAnyOtherOriginGetsNoCorsHeadersAndNoLoginRedirect() throws Exception {
        mvc.perform(options(PATH).header("Origin", "https://elsewhere.example")
                        .header("Access-Control-Request-Method", "POST"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
                .andExpect(header().doesNotExist("Location"));
        send("203.0.113.23", request("Api Elsewhere Person", "(404) 555-0125", ""))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void theOpenApiDocumentDescribesWhatAClientSendsOnly() throws Exception {
        mvc.perform(get("/v3/api-docs/consultation-requests"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("fromRobot"))))
                .andExpect(content().string(not(containsString("fillsSpamTrap"))))
                .andExpect(jsonPath("$.components.schemas.ConsultationRequest.properties.altcha").exists())
                .andExpect(jsonPath("$.components.schemas.ConsultationRequest.properties.zip").exists())
                .andExpect(jsonPath("$.paths['/api/consultation-requests/challenge'].get").exists());
    }
}
