package care.rounds.security;

import care.rounds.RoundsIntegrationTest;
import care.rounds.calendar.CalendarLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * The browser protections on every kind of response, over real HTTP to the running server: a page,
 * the public API, a calendar feed, and errors.
 */
@RoundsIntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;
    @Autowired
    CalendarLinks calendarLinks;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theLoginPageCarriesThemAndItsSessionCookieIsSameSite() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertProtected(page);
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theIntakeApiCarriesThem() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(url("/api/consultation-requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertProtected(answer);
    }

    @Test
    void aCalendarFeedAndAnUnknownFeedCarryThem() throws Exception {
        UserDetails clinician = users.loadUserByUsername("clinician");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(clinician, null, clinician.getAuthorities()));
        String path = calendarLinks.create().path();
        SecurityContextHolder.clearContext();

        HttpResponse<String> feed = send(HttpRequest.newBuilder(url(path)).GET());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
        assertProtected(feed);

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(url("/calendar/no-such-secret.ics")).GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProtected(unknown);
    }

    @Test
    void anErrorAnswerCarriesThem() throws Exception {
        signInThroughTheForm("manager", "manager-demo-2026");
        HttpResponse<String> error = send(HttpRequest.newBuilder(url("/api/consultation-requests")).GET());
        assertThat(error.statusCode()).isEqualTo(405);
        assertThat(error.body()).doesNotContain("Exception").doesNotContain("at care.rounds");
        assertProtected(error);
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    private void signInThroughTheForm(String username, String password) throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(url("/login")).GET());
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(login.body());
        Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).as("the login page offers its CSRF token to the form").isTrue();
        assertThat(parameter.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&" + parameter.group(1) + "=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    private static void assertProtected(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()").contains("geolocation=()"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
