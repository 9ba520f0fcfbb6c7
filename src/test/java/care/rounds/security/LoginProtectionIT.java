package care.rounds.security;

import care.rounds.RoundsIntegrationTest;
import care.rounds.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in as an attacker tries it: guessing passwords, posting the login form from another site.
 * The throttle's window is 8 s in tests (application-test.properties), 1 minute by default.
 */
@RoundsIntegrationTest
class LoginProtectionIT {

    private static final String PASSWORD = "violet-harbor-lantern";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    LoginSettings settings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEleventhWrongPasswordInAWindowIsRefusedEvenWithTheRightOneAndTheLoginWorksAgainAfterIt() throws Exception {
        String username = newLogin();
        for (int i = 0; i < 10; i++) {
            mvc.perform(signIn(username, "wrong-guess-" + i, "10.9.1." + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(username, PASSWORD, "10.9.2.1")).andExpect(redirectedUrl("/login?throttled"));

        Thread.sleep(settings.window().plusMillis(500).toMillis());
        mvc.perform(signIn(username, PASSWORD, "10.9.2.1")).andExpect(redirectedUrl("/"));

        assertThat(actionsFor(username)).containsExactly(
                "SIGNED_IN", "SIGN_IN_REFUSED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED");
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        String username = newLogin();
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(actionsFor(username)).isEmpty();

        mvc.perform(signIn(username, PASSWORD, "10.9.3.1")).andExpect(redirectedUrl("/"));
        assertThat(actionsFor(username)).containsExactly(AuditAction.SIGNED_IN.name());
    }

    @Test
    void failedAndSuccessfulSignInsAreInTheAuditRecordWithTheirAddress() throws Exception {
        String username = newLogin();
        mvc.perform(signIn(username, "not-the-password", "10.9.4.1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(username, PASSWORD, "10.9.4.2")).andExpect(redirectedUrl("/"));

        assertThat(jdbc.sql("select action || ' from ' || address from audit_entry where username = ? order by id")
                .param(username).query(String.class).list())
                .containsExactly("SIGN_IN_FAILED from 10.9.4.1", "SIGNED_IN from 10.9.4.2");
    }

    private String newLogin() {
        String username = "guarded-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAtStartUp(username, PASSWORD, Role.COORDINATOR, null);
        return username;
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private List<String> actionsFor(String username) {
        return jdbc.sql("select action from audit_entry where username = ? order by id desc")
                .param(username).query(String.class).list();
    }

}
