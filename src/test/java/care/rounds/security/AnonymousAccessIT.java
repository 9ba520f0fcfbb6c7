package care.rounds.security;

import care.rounds.RoundsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RoundsIntegrationTest
class AnonymousAccessIT {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousUserOpeningAScreenIsSentToLogin() throws Exception {
        for (String screen : new String[]{"/", "/patients", "/clinicians", "/visits"}) {
            mvc.perform(get(screen))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", endsWith("/login")));
        }
    }

    @Test
    void healthIsPublicAndCarriesNoDetailsForAnonymousUsers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }
}
