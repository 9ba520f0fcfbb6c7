package care.rounds.intake;

import care.rounds.RoundsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only the intake POST, its page and its API description are open; everything else asks for a login. */
@RoundsIntegrationTest
class IntakeAccessIT {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousUsersAreSentToLoginForEverythingButTheIntake() throws Exception {
        for (String path : new String[]{"/api/patients", "/consultation-requests"}) {
            mvc.perform(get(path))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", endsWith("/login")));
        }
    }

    @Test
    void theIntakeApiAnswersAWrongMethodItselfInsteadOfSendingToTheLoginPage() throws Exception {
        mvc.perform(get("/api/consultation-requests"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void anotherJsonPostNeedsLoginAndCsrf() throws Exception {
        mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theApiDescriptionIsPublicAndDescribesTheIntake() throws Exception {
        mvc.perform(get("/v3/api-docs/consultation-requests"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/consultation-requests")))
                .andExpect(content().string(containsString("consentToContact")));
    }
}
