package se.valedger.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the HTTP audit learns about a request while it is handled. Controllers whose changes are not Axon
 * commands (user administration) name them here; everything else is found out generically.
 */
public final class AuditedRequest {

    static final String COMMAND_DISPATCHED = AuditedRequest.class.getName() + ".commandDispatched";
    static final String AUTHENTICATION = AuditedRequest.class.getName() + ".authentication";
    static final String TYPE = AuditedRequest.class.getName() + ".type";
    static final String AGGREGATE = AuditedRequest.class.getName() + ".aggregate";
    static final String RECORDED = AuditedRequest.class.getName() + ".recorded";

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

    static void markCommandDispatched() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(COMMAND_DISPATCHED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
