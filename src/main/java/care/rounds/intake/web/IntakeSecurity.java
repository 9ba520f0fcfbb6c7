package care.rounds.intake.web;

import care.rounds.intake.internal.IntakeSettings;
import care.rounds.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The public intake's own security, ahead of the office's: the consultation page, its files and the
 * JSON API need no login and never answer with a redirect to the login page; no session, so nothing
 * to forge across sites (no CSRF token); other origins only as configured (CORS on the API, and
 * {@code frame-ancestors} for the page in an iframe).
 */
@Configuration
class IntakeSecurity {

    /** The JSON API: open to the configured origins (CORS), never framed, the office's browser protections. */
    @Bean
    @Order(1)
    SecurityFilterChain publicIntakeApi(HttpSecurity http, IntakeSettings settings, SecurityHeaders protections)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        publicAndStateless(http.securityMatcher(new OrRequestMatcher(
                paths.matcher(ConsultationRequestController.PATH),
                paths.matcher(ConsultationRequestController.PATH + "/**"))))
                .headers(headers -> protect(headers, protections.contentSecurityPolicy()))
                .addFilterBefore(new IntakeCors(settings.allowedOrigins()), HeaderWriterFilter.class);
        return http.build();
    }

    /**
     * The consultation page and its files: the clinic's own website may frame it ({@code frame-ancestors}),
     * post its plain form here and fetch the form for its embedding script (CORS).
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicConsultationPage(HttpSecurity http, IntakeSettings settings, SecurityHeaders protections)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        publicAndStateless(http.securityMatcher(new OrRequestMatcher(
                paths.matcher(PublicFormController.PATH), paths.matcher(PublicFormController.PATH + "/**"))))
                .headers(headers -> protect(headers.frameOptions(frame -> frame.disable()),
                        protections.contentSecurityPolicyForPublicPage(settings.allowedOrigins())))
                // the embedding script fetches the form's fragment from the clinic's page
                .addFilterBefore(new IntakeCors(settings.allowedOrigins()), HeaderWriterFilter.class);
        return http.build();
    }

    private static HttpSecurity publicAndStateless(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
    }

    private static void protect(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY));
    }
}
