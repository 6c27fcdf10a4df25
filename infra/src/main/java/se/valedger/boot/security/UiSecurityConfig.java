package se.valedger.boot.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import se.valedger.app.map.MapSettings;
import se.valedger.app.users.SecurityAudit;
import se.valedger.app.users.UserAccounts;

/**
 * The web UI: form login at /login, a session, CSRF tokens on every form, logout. It claims every
 * path the API and operations chains in {@link SecurityConfig} do not, so the three never overlap
 * and their order does not matter. Sign-ins go through the same throttled check as HTTP Basic
 * ({@link SecurityConfig#signInManager}); every request re-reads the person's current rights ({@link CurrentAccountCheck}).
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** The policy, with the map's background tile service allowed as an image source when one is configured. */
    static String contentSecurityPolicy(MapSettings map) {
        return map.hasBackground()
                ? CONTENT_SECURITY_POLICY.replace("img-src 'self' data:;", "img-src 'self' data: " + map.tileOrigin() + ";")
                : CONTENT_SECURITY_POLICY;
    }

    @Bean
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager signInManager, UserAccounts accounts,
                           SecurityAudit audit, MapSettings map) throws Exception {
        return http
                .securityMatcher(notApiOrOperations())
                .authenticationManager(signInManager)
                .addFilterAfter(new CurrentAccountCheck(accounts, true), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(signInFailed(audit)).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new AlteredCsrfTokensAreRefused()))
                .exceptionHandling(ex -> ex.accessDeniedHandler(refused(audit)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(map)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** A failed or throttled form sign-in: audited like a Basic one, then back to the sign-in page saying which. */
    private static AuthenticationFailureHandler signInFailed(SecurityAudit audit) {
        return (request, response, exception) -> {
            boolean throttled = exception instanceof SignInThrottled;
            String user = request.getParameter("username");
            audit.signInRefused(request, user == null || user.isEmpty() ? null : user, "form", throttled);
            if (exception instanceof SignInThrottled t) {
                response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
            }
            response.sendRedirect(request.getContextPath() + (throttled ? "/login?throttled" : "/login?error"));
        };
    }

    /**
     * A form whose session has ended (the person was disabled, or the session timed out) goes back to sign-in;
     * any other refusal (a bad CSRF token) is audited and answered 403.
     */
    private static AccessDeniedHandler refused(SecurityAudit audit) {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        // A page in the reader's language (http.ui.SignOutPage#refused), whatever the request accepts.
        page.setErrorPage("/refused");
        return (request, response, denied) -> {
            if (denied instanceof MissingCsrfTokenException && request.getRequestedSessionId() != null
                    && !request.isRequestedSessionIdValid()) {
                response.sendRedirect(request.getContextPath() + CurrentAccountCheck.SIGNED_OUT);
                return;
            }
            audit.forbidden(request, SecurityContextHolder.getContext().getAuthentication(),
                    denied.getClass().getSimpleName() + ": " + denied.getMessage());
            page.handle(request, response, denied);
        };
    }

    private static RequestMatcher notApiOrOperations() {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return new NegatedRequestMatcher(new OrRequestMatcher(
                path.matcher("/api/**"), path.matcher("/actuator/**"), path.matcher("/v3/api-docs/**"),
                path.matcher("/swagger-ui/**"), path.matcher("/swagger-ui.html")));
    }
}
