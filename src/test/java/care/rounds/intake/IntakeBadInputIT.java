package care.rounds.intake;

import care.rounds.RoundsIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake API under the inputs an attacker or a broken client sends: each is answered 4xx with a
 * sentence saying what is wrong, never 500, never a stack trace; lengths count characters as people do.
 */
@RoundsIntegrationTest
class IntakeBadInputIT {

    private static final String PATH = "/api/consultation-requests";
    private static final String EMOJI = "\uD83D\uDE00";
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ConsultationRequestRepository requests;

    @Test
    void aNulOrOtherControlCharacterIsRefusedWith400AndWhereItIs() throws Exception {
        send(request("name", "Jordan\u0000Smith")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value(
                        "The name contains an invisible control character (U+0000) or a line break; remove it and type the text again."));
        send(request("phone", "(404) 555-0123\u001B")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.phone").value("Enter a phone number such as (404) 555-0123."));
        send(request("preferredContactTime", "mornings\u001B[31m")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.preferredContactTime").value(containsString("control character (U+001B)")));
        send(request("name", "Jordan\nSmith")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value(containsString("(U+000A)")));
        send(request("message", "Line one\u0007")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.message").value(containsString("(U+0007)")));
    }

    @Test
    void lineBreaksAndTabsAreFineInTheMessage() throws Exception {
        send(request("message", "Line one\r\nLine two\tindented")).andExpect(status().isCreated());
    }

    @Test
    void textDirectionOverridesAreRefusedSoNoNameShowsReversedInTheInbox() throws Exception {
        send(request("name", "\u202Ehtims nadroj")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value(containsString("hidden text-direction character (U+202E)")));
        send(request("preferredContactTime", "mornings\u2066")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.preferredContactTime").value(containsString("(U+2066)")));
    }

    @Test
    void lengthsCountCharactersAsPeopleDoSoAnEmojiIsOne() throws Exception {
        String name = "Ana " + EMOJI.repeat(150);
        send(request("name", name)).andExpect(status().isCreated());
        assertThat(requests.findAll()).anySatisfy(r -> assertThat(r.getFullName()).isEqualTo(name));

        send(request("name", EMOJI.repeat(201))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Keep the name to 200 characters; it has 201."));
        send(request("message", "x".repeat(4001))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.message").value("Keep the message to 4000 characters; it has 4001."));
    }

    @Test
    void aBrokenSurrogateIsRefused() throws Exception {
        String body = json.writeValueAsString(base()).replace("\"Jordan Smith\"", "\"Jordan \\ud800Smith\"");
        send(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value(containsString("broken character")));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415AsTheApiDescriptionSays() throws Exception {
        String xml = "<consultationRequest><name>Jordan Smith</name><phone>(404) 555-0123</phone>"
                + "<consentToContact>true</consentToContact></consultationRequest>";
        for (MediaType type : new MediaType[]{MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN,
                MediaType.APPLICATION_FORM_URLENCODED}) {
            mvc.perform(post(PATH).with(nextAddress()).contentType(type).content(xml))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(jsonPath("$.message").value("Send the request as JSON, with the header Content-Type: application/json."));
        }
        mvc.perform(post(PATH).with(nextAddress()).content(json.writeValueAsString(base())))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post(PATH).with(nextAddress()).contentType("application/json;charset=UTF-8")
                .content(json.writeValueAsString(base()))).andExpect(status().isCreated());
    }

    private Map<String, Object> base() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Jordan Smith");
        body.put("phone", "(404) 555-0123");
        body.put("email", "jordan@example.com");
        body.put("preferredContactTime", "Weekday mornings");
        body.put("message", "I would like to know more.");
        body.put("consentToContact", true);
        return body;
    }

    private String request(String field, String value) throws Exception {
        Map<String, Object> body = base();
        body.put(field, value);
        return json.writeValueAsString(body);
    }

    private ResultActions send(String body) throws Exception {
        return mvc.perform(post(PATH).with(nextAddress()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    /** Each request from its own address, so the per-address rate limit stays out of the way. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor nextAddress() {
        String address = "198.51.100." + ADDRESS.getAndIncrement();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
