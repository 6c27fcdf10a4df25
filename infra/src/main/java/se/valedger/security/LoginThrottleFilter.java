package se.valedger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses Basic sign-ins while their user and address are locked out (429 with Retry-After, before any
 * password is checked), and tells the throttle how each sign-in went. Sits between the audit filter and
 * Spring Security, so throttled attempts are audited too.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleFilter {

    static final int ORDER = -150;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> loginThrottleRegistration(LoginThrottle throttle) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter(throttle));
        registration.addUrlPatterns("/api/*", "/actuator/*");
        registration.setOrder(ORDER);
        return registration;
    }

    static OncePerRequestFilter filter(LoginThrottle throttle) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String user = basicUser(request);
                if (user == null) {
                    chain.doFilter(request, response);
                    return;
                }
                String address = request.getRemoteAddr();
                Duration locked = throttle.lockedFor(user, address);
                if (!locked.isZero()) {
                    long seconds = Math.max(1, (locked.toMillis() + 999) / 1000);
                    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                    response.setHeader("Retry-After", Long.toString(seconds));
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getWriter().write("{\"type\":\"https://va-ledger.se/problems/throttled\",\"title\":"
                            + "\"Too many failed sign-ins\",\"status\":429,\"detail\":\"Too many failed sign-ins for this "
                            + "user from this address; try again in " + seconds + " s.\"}");
                    return;
                }
                chain.doFilter(request, response);
                if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                    throttle.failed(user, address);
                } else {
                    throttle.succeeded(user, address);
                }
            }
        };
    }

    static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
