package se.valedger.boot.security;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import se.valedger.app.users.Role;
import se.valedger.app.users.SecurityAudit;
import se.valedger.app.users.UserAccounts;

/**
 * Every /api/** call is authenticated; HTTP Basic for scripts. Role checks sit on the endpoints. Refusals on
 * /api are audited by the audit package's HTTP filter.
 */
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

    /**
     * Every user name and password, whichever header or form carried it, is checked by this one manager, behind
     * the login throttle. Each filter chain is given it explicitly, so no other password check exists.
     */
    @Bean
    AuthenticationManager signInManager(UserAccounts accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                        LoginThrottleSettings settings) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle,
                settings.rememberVerified(), settings.busyWait()));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, org.springframework.beans.factory.ObjectProvider<OidcResourceServer> oidc,
                            AuthenticationManager signInManager, LoginThrottle throttle,
                            LoginThrottleSettings settings) throws Exception {
        OidcResourceServer identityProvider = oidc.getIfAvailable();
        if (identityProvider != null) {
            identityProvider.configure(http, unauthorized(),
                    tokens -> ThrottledAuthenticationProvider.forBearerTokens(tokens, throttle,
                            settings.rememberVerified(), settings.busyWait()));
        }
        return http
                .securityMatcher("/api/**")
                .authenticationManager(signInManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Actuator, OpenAPI document and Swagger UI. The API description is for signed-in people (any role) unless
     * {@code valedger.http.api-docs-open=true}. Nothing here passes the API's audit filter, so refusals are
     * audited by the entry point and the access-denied handler themselves.
     */
    @Bean
    SecurityFilterChain operations(HttpSecurity http, AuthenticationManager signInManager, UserAccounts accounts,
                                   SecurityAudit audit,
                                   WebSecuritySettings web) throws Exception {
        boolean apiDocsOpen = web.apiDocsOpen();
        return http
                .securityMatcher("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authenticationManager(signInManager)
                .addFilterAfter(new CurrentAccountCheck(accounts, false), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll();
                    if (apiDocsOpen) {
                        auth.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
                    } else {
                        auth.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated();
                    }
                    auth.anyRequest().hasRole(Role.ADMIN.name());
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(audited(unauthorized(), audit)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(audited(unauthorized(), audit))
                        .accessDeniedHandler((request, response, denied) -> {
                            audit.forbidden(request, SecurityContextHolder.getContext().getAuthentication(),
                                    "ADMIN only");
                            forbidden().handle(request, response, denied);
                        }))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static AuthenticationEntryPoint audited(AuthenticationEntryPoint entryPoint, SecurityAudit audit) {
        return (request, response, exception) -> {
            String user = exception instanceof SignInThrottled || exception instanceof BadCredentialsException
                    || exception instanceof org.springframework.security.authentication.AccountStatusException
                    ? basicUser(request) : null;
            audit.signInRefused(request, user, user == null ? null : "password", exception instanceof SignInThrottled);
            entryPoint.commence(request, response, exception);
        };
    }

    /** The user name a Basic header claims, as Spring Security's own converter reads it (for the audit entry). */
    private static String basicUser(jakarta.servlet.http.HttpServletRequest request) {
        try {
            var attempt = new BasicAuthenticationConverter().convert(request);
            return attempt == null ? null : attempt.getName();
        } catch (org.springframework.security.core.AuthenticationException unreadable) {
            return null;
        }
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottled throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                writeProblem(response, HttpStatus.TOO_MANY_REQUESTS, "https://va-ledger.se/problems/throttled",
                        throttled.getMessage() + "; try again in " + throttled.retryAfterSeconds() + " s.");
                return;
            }
            if (exception instanceof org.springframework.security.authentication.InternalAuthenticationServiceException) {
                // The user store (the database) failed, not the credentials: say so, so clients retry.
                response.setHeader("Retry-After", "2");
                writeProblem(response, HttpStatus.SERVICE_UNAVAILABLE, "about:blank",
                        "Sign-in cannot be checked just now (database unreachable); nothing was changed. Retry shortly.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"VA Ledger\"");
            writeProblem(response, HttpStatus.UNAUTHORIZED, "about:blank", "Sign in first: this call needs a user name and password.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                writeProblem(response, HttpStatus.FORBIDDEN, "about:blank", "Your roles do not allow this call.");
    }

    private static void writeProblem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
                                     String type, String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
