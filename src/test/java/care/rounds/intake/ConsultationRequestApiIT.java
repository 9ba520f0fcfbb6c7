package care.rounds.intake;

import care.rounds.RoundsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private ResultActions send(String address, String json) throws Exception {
        return mvc.perform(post(PATH).with(from(address)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String request(String name, String phone, String website) {
        return """
                {"name": "%s", "phone": "%s", "email": "someone@example.com",
                 "preferredContactTime": "Weekday mornings", "message": "I would like to know more.",
                 "consentToContact": true, "website": "%s"}
                """.formatted(name, phone, website);
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
}
