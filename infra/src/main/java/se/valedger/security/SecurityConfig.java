package se.valedger.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Every /api/** call is authenticated; HTTP Basic for scripts. Role checks sit on the endpoints. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Spring Security otherwise wraps each filter, every authentication and every authorisation decision
     * in observations of its own: per request more CPU than the command behind it (README, Performance).
     * Requests stay observed as http.server.requests; refusals are in the audit trail.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), java.time.Duration.ofMinutes(5));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, org.springframework.beans.factory.ObjectProvider<OidcResourceServer> oidc)
            throws Exception {
        OidcResourceServer identityProvider = oidc.getIfAvailable();
        if (identityProvider != null) {
            identityProvider.configure(http, unauthorized());
        }
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (exception instanceof org.springframework.security.authentication.InternalAuthenticationServiceException) {
                // The user store (the database) failed, not the credentials: say so, so clients retry.
                response.setHeader("Retry-After", "2");
                writeProblem(response, HttpStatus.SERVICE_UNAVAILABLE,
                        "Sign-in cannot be checked just now (database unreachable); nothing was changed. Retry shortly.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"VA Ledger\"");
            writeProblem(response, HttpStatus.UNAUTHORIZED, "Sign in first: this call needs a user name and password.");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                writeProblem(response, HttpStatus.FORBIDDEN, "Your roles do not allow this call.");
    }

    private static void writeProblem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
                                     String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
