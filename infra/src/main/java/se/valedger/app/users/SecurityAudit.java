package se.valedger.app.users;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import se.valedger.app.audit.AuditAttempt;
import se.valedger.app.audit.AuditTrail;
import se.valedger.app.audit.Outcome;

/**
 * Audit entries for the refusals that the API's HTTP audit filter does not see: failed and throttled form
 * sign-ins, 403s in the UI, 401/403 on the actuator. Written through the audit trail's public API, so they are
 * chained like every other entry.
 */
@Component
public class SecurityAudit {

    private final AuditTrail trail;
    private final Clock clock;

    SecurityAudit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** A sign-in that failed or was throttled; {@code user} is the name that was tried. */
    public void signInRefused(HttpServletRequest request, String user, String authMethod, boolean throttled) {
        trail.record(attempt(request, user, null, authMethod, "SignIn",
                throttled ? Outcome.THROTTLED : Outcome.UNAUTHENTICATED,
                throttled ? "too many failed sign-ins for this user from this address"
                        : user == null ? "no credentials" : "wrong credentials or disabled account",
                throttled ? 429 : 401));
    }

    /** A signed-in person asked for something their current roles do not allow. */
    public void forbidden(HttpServletRequest request, Authentication authentication, String reason) {
        String user = authentication == null ? null : authentication.getName();
        String roles = authentication == null ? null : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).map(a -> a.replaceFirst("^ROLE_", ""))
                .sorted().collect(Collectors.joining(","));
        trail.record(attempt(request, user, roles, authentication == null ? null : "password",
                request.getMethod() + " " + request.getRequestURI(), Outcome.FORBIDDEN, reason, 403));
    }

    private AuditAttempt attempt(HttpServletRequest request, String user, String roles, String authMethod, String type,
                                 Outcome outcome, String reason, int status) {
        String agent = request.getHeader("User-Agent");
        String correlation = request.getHeader("X-Correlation-Id");
        return new AuditAttempt(clock.instant(), user == null || user.length() <= 100 ? user : user.substring(0, 100),
                roles, authMethod, request.getRemoteAddr(),
                agent != null && agent.length() > 300 ? agent.substring(0, 300) : agent,
                "HTTP", type, null, null, outcome, reason, List.of(),
                correlation != null && correlation.matches("[A-Za-z0-9._-]{1,100}") ? correlation : UUID.randomUUID().toString(),
                request.getMethod() + " " + request.getRequestURI(), status);
    }
}
