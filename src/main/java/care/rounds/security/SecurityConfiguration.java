package care.rounds.security;

import care.rounds.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import java.util.Map;

/**
 * Every screen and service is closed unless it says who may use it. Views carry
 * {@code @RolesAllowed}; services check again on the server with method security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    // the SMS provider's webhook for patients' replies (STOP): signed with the account's secret, checked there
    private static final RequestMatcher TEXT_REPLIES =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/messages/text-replies");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil,
                                            SecurityHeaders securityHeaders) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                .requestMatchers("/images/**", "/icons/**").permitAll()
                .requestMatchers(TEXT_REPLIES).permitAll()
                // a clinician's calendar feed: the phone's calendar cannot sign in, the secret in the link is the key
                .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
                // the API's OpenAPI description (the public intake itself has its own chain: intake.web.IntakeSecurity)
                .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll());
        // Vaadin's own CSRF set-up also exempts POST /login; ours keeps the login form protected (the
        // login form sends the token from the page's _csrf meta tags) and exempts only Vaadin's
        // internal requests, which carry their own token (the public intake is stateless, in its own chain),
        // and the text-message provider's signed webhook
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest, TEXT_REPLIES));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(securityHeaders.contentSecurityPolicy()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login")
                .enableCsrfConfiguration(false));
        http.formLogin(form -> form.failureHandler(loginFailures()));
        return http.build();
    }

    /** A throttled attempt comes back to the login page with its own message. */
    private static AuthenticationFailureHandler loginFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
        return failures;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
