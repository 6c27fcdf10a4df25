package se.valedger.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the HTTP audit learns about a request while it is handled. Controllers whose changes are not Axon
 * commands (user administration) name them here; everything else is found out generically.
 */
public final class AuditedRequest {

    public static final String COMMAND_DISPATCHED = AuditedRequest.class.getName() + ".commandDispatched";
    public static final String AUTHENTICATION = AuditedRequest.class.getName() + ".authentication";
    public static final String TYPE = AuditedRequest.class.getName() + ".type";
    public static final String AGGREGATE = AuditedRequest.class.getName() + ".aggregate";
    public static final String RECORDED = AuditedRequest.class.getName() + ".recorded";

    private AuditedRequest() {
    }

    /** Names the change this request makes, e.g. {@code ("ChangeUserRoles", "erik")}. */
    public static void describe(HttpServletRequest request, String type, String aggregateId) {
        request.setAttribute(TYPE, type);
        request.setAttribute(AGGREGATE, aggregateId);
    }

    /** The request has recorded its own entry (reads of the audit trail); the filter adds nothing. */
    static void markRecorded(HttpServletRequest request) {
        request.setAttribute(RECORDED, Boolean.TRUE);
    }

    public static void markCommandDispatched() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(COMMAND_DISPATCHED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    public static String authMethod(Authentication authentication) {
        if (authentication instanceof UsernamePasswordAuthenticationToken) {
            return "password";
        }
        String kind = authentication.getClass().getSimpleName();
        return kind.startsWith("Jwt") ? "oidc" : kind;
    }

    public static String correlation(HttpServletRequest request) {
        String header = request.getHeader("X-Correlation-Id");
        return header != null && header.matches("[A-Za-z0-9._-]{1,100}") ? header : UUID.randomUUID().toString();
    }
}
