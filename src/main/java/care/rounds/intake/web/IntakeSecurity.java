package care.rounds.intake.web;

import care.rounds.intake.internal.IntakeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    @Order(1)
    SecurityFilterChain publicIntake(HttpSecurity http, IntakeSettings settings) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        paths.matcher(PublicFormController.PATH), paths.matcher(PublicFormController.PATH + "/**"),
                        paths.matcher(ConsultationRequestController.PATH),
                        paths.matcher(ConsultationRequestController.PATH + "/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                ("frame-ancestors 'self' " + String.join(" ", settings.allowedOrigins())).strip())))
                .addFilterBefore(new IntakeCors(settings.allowedOrigins()), HeaderWriterFilter.class);
        return http.build();
    }
}
