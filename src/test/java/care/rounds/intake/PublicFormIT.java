package care.rounds.intake;

import care.rounds.RoundsIntegrationTest;
import care.rounds.intake.internal.ProofOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The light public page at /consultation, as a browser with JavaScript off uses it. */
@RoundsIntegrationTest
class PublicFormIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsultationRequestRepository requests;
    @Autowired
    ProofOfWork proofOfWork;

    private ResultActions postForm(String address, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/consultation").contentType(MediaType.APPLICATION_FORM_URLENCODED).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private RequestStatus statusOf(String name) {
        return requests.findAll().stream().filter(r -> r.getFullName().equals(name)).findFirst()
                .map(ConsultationRequest::getStatus).orElse(null);
    }

    @Test
    void theFormOpensWithoutLoginWithoutVaadinAndMayBeFramedOnlyByTheClinicsSite() throws Exception {
        mvc.perform(get("/consultation"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("<label for=\"rounds-name\">Your name</label>"),
                        containsString("autocomplete=\"postal-code\""), containsString("href=\"tel:988\""),
                        containsString("(404) 555-0100"), containsString("form.js"), containsString(".rounds-field {"),
                        not(containsString("VAADIN")))))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("frame-ancestors 'self' http://localhost:18117"),
                        containsString("default-src 'self'"), containsString("object-src 'none'"))))
                .andExpect(header().exists("Referrer-Policy"))
                .andExpect(header().exists("Permissions-Policy"))
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void theStylesheetAndScriptAreServedWithoutLogin() throws Exception {
        mvc.perform(get("/consultation/form.css")).andExpect(status().isOk());
        mvc.perform(get("/consultation/form.js")).andExpect(status().isOk());
        mvc.perform(get("/consultation/fragment")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<form class=\"rounds-intake-form\"")));
    }

    @Test
    void aPlainPostWithProofReachesTheInboxAndTheThankYouPage() throws Exception {
        postForm("198.51.100.201", "name", "Plain Form Person", "phone", "(404) 555-0201", "zip", "30307",
                "consentToContact", "true", "website", "", "altcha", ProvenRequests.proof(proofOfWork))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("http://localhost/consultation/thanks"));
        assertThat(statusOf("Plain Form Person")).isEqualTo(RequestStatus.NEW);
        mvc.perform(get("/consultation/thanks")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Thank you"), containsString("href=\"tel:988\""),
                        containsString("(404) 555-0100"))));
    }

    @Test
    void withJavaScriptOffTheRequestIsThankedButHeldForReview() throws Exception {
        postForm("198.51.100.202", "name", "No Script Person", "phone", "(404) 555-0202", "consentToContact", "true",
                "website", "", "altcha", "")
                .andExpect(status().isSeeOther());
        assertThat(statusOf("No Script Person")).isEqualTo(RequestStatus.HELD);
    }

    @Test
    void aPlainFormOnTheClinicsWebsiteReturnsToItsOwnThankYouPage() throws Exception {
        postForm("198.51.100.203", "name", "Website Form Person", "phone", "(404) 555-0203", "consentToContact", "true",
                "returnTo", "website", "altcha", ProvenRequests.proof(proofOfWork))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("http://localhost:18117/thank-you.html"));
        assertThat(statusOf("Website Form Person")).isEqualTo(RequestStatus.NEW);
    }

    @Test
    void anErrorKeepsEverythingTypedLinksEachMessageToItsFieldAndShowsThePhone() throws Exception {
        postForm("198.51.100.204", "name", "Typo <Person>", "phone", "call me", "email", "typo@example.com",
                "zip", "303", "preferredContactTime", "Evenings", "message", "Hello & thanks")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("<title>Error: Request a free consultation"),
                        containsString("role=\"alert\""),
                        containsString("3 answers need correcting"),
                        containsString("value=\"Typo &lt;Person&gt;\""),
                        containsString("value=\"call me\""),
                        containsString("value=\"typo@example.com\""),
                        containsString("value=\"Evenings\""),
                        containsString(">Hello &amp; thanks</textarea>"),
                        containsString("aria-describedby=\"rounds-phone-hint rounds-phone-error\""),
                        containsString("id=\"rounds-phone-error\""),
                        containsString("aria-describedby=\"rounds-zip-hint rounds-zip-error\""),
                        containsString("aria-describedby=\"rounds-consentToContact-error\""),
                        containsString("href=\"#rounds-phone\""),
                        containsString("call us at <a href=\"tel:+14045550100\">(404) 555-0100</a>"))));
        assertThat(statusOf("Typo <Person>")).isNull();
    }

    @Test
    void theHoneypotIsDroppedBeforeTheInbox() throws Exception {
        postForm("198.51.100.205", "name", "Form Robot", "phone", "(404) 555-0205", "consentToContact", "true",
                "website", "https://spam.example", "altcha", ProvenRequests.proof(proofOfWork))
                .andExpect(status().isSeeOther());
        assertThat(statusOf("Form Robot")).isNull();
    }

    @Test
    void noPublicPathRedirectsToTheLoginPage() throws Exception {
        for (String path : new String[]{"/consultation", "/consultation/thanks", "/consultation/nothing-here",
                "/api/consultation-requests/challenge", "/api/consultation-requests/nothing-here"}) {
            mvc.perform(get(path)).andExpect(header().doesNotExist("Location"));
        }
        mvc.perform(post("/api/consultation-requests").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("name=x")).andExpect(header().doesNotExist("Location"));
    }
}
