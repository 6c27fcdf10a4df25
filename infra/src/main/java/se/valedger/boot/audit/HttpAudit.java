package se.valedger.boot.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.valedger.app.audit.AuditAttempt;
import se.valedger.app.audit.AuditPayload;
import se.valedger.app.audit.AuditTrail;
import se.valedger.app.audit.AuditedRequest;
import se.valedger.app.audit.Outcome;

/**
 * Records the HTTP attempts that never became a command: refused for lack of rights (403), not signed in
 * (401), throttled (429), unreadable or invalid before any command was built (400), and changes made
 * without Axon (user administration). Requests that dispatched a command are recorded by {@link CommandAudit}.
 */
@Component
class HttpAudit extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 429);
    private static final int MAX_BODY = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditTrail trail;
    private final Clock clock;

    HttpAudit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean change = !READS.contains(request.getMethod());
        HttpServletRequest req = change ? new ContentCachingRequestWrapper(request, MAX_BODY) : request;
        HttpServletResponse res = change ? new ContentCachingResponseWrapper(response) : response;
        Instant at = clock.instant();
        Throwable failure = null;
        try {
            chain.doFilter(req, res);
        } catch (IOException | ServletException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            int status = failure == null ? res.getStatus() : 500;
            boolean handledElsewhere = req.getAttribute(AuditedRequest.RECORDED) != null
                    || (req.getAttribute(AuditedRequest.COMMAND_DISPATCHED) != null && !REFUSALS.contains(status));
            if (!handledElsewhere && (change || REFUSALS.contains(status))) {
                trail.record(attempt(req, res, status, at, failure));
            }
            if (res instanceof ContentCachingResponseWrapper cached) {
                cached.copyBodyToResponse();
            }
        }
    }

    private AuditAttempt attempt(HttpServletRequest request, HttpServletResponse response, int status, Instant at,
                                 Throwable failure) {
        Authentication authentication = (Authentication) request.getAttribute(AuditedRequest.AUTHENTICATION);
        String user;
        String roles = null;
        String method;
        if (authentication != null) {
            user = authentication.getName();
            roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .map(a -> a.replaceFirst("^ROLE_", "")).sorted().collect(Collectors.joining(","));
            method = AuditedRequest.authMethod(authentication);
        } else {
            user = basicUser(request);
            method = user != null ? "password" : bearer(request) ? "oidc" : null;
        }
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String type = (String) request.getAttribute(AuditedRequest.TYPE);
        if (type == null) {
            type = request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
        }
        String aggregate = (String) request.getAttribute(AuditedRequest.AGGREGATE);
        if (aggregate == null && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars) {
            Object id = vars.get("id");
            aggregate = id == null ? null : id.toString();
        }
        String agent = request.getHeader("User-Agent");
        return new AuditAttempt(at, user, roles, method, request.getRemoteAddr(),
                agent != null && agent.length() > 300 ? agent.substring(0, 300) : agent,
                "HTTP", type, aggregate, payload(request), outcome(status, response), reason(status, response, failure, user),
                List.of(), AuditedRequest.correlation(request), request.getMethod() + " " + request.getRequestURI(), status);
    }

    private static Outcome outcome(int status, HttpServletResponse response) {
        if (status < 400) {
            return Outcome.ACCEPTED;
        }
        return switch (status) {
            case 400, 415, 422 -> Outcome.REJECTED_INVALID;
            case 401 -> Outcome.UNAUTHENTICATED;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            case 409 -> problem(response).has("rule") ? Outcome.REJECTED_RULE : Outcome.CONFLICT;
            case 429 -> Outcome.THROTTLED;
            default -> status < 500 ? Outcome.REJECTED_INVALID : Outcome.FAILED;
        };
    }

    private static String reason(int status, HttpServletResponse response, Throwable failure, String user) {
        if (failure != null) {
            return failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        if (status == 401) {
            return user == null ? "no credentials" : "wrong credentials or disabled account";
        }
        if (status < 400) {
            return null;
        }
        JsonNode problem = problem(response);
        StringBuilder reason = new StringBuilder();
        if (problem.hasNonNull("rule")) {
            reason.append(problem.get("rule").asText()).append(": ");
        } else if (problem.hasNonNull("field")) {
            reason.append(problem.get("field").asText()).append(": ");
        }
        reason.append(problem.hasNonNull("detail") ? problem.get("detail").asText() : "HTTP " + status);
        return reason.toString();
    }

    private static JsonNode problem(HttpServletResponse response) {
        if (response instanceof ContentCachingResponseWrapper cached && cached.getContentSize() > 0) {
            try {
                return JSON.readTree(cached.getContentAsByteArray());
            } catch (IOException notJson) {
                // fall through
            }
        }
        return JSON.createObjectNode();
    }

    private static String payload(HttpServletRequest request) {
        if (request instanceof ContentCachingRequestWrapper cached) {
            return AuditPayload.ofBody(cached.getContentAsByteArray(), request.getContentLengthLong(), request.getContentType());
        }
        return AuditPayload.ofQuery(request.getQueryString());
    }

    /**
     * The user name a Basic header claims, whether or not the password was right, read by Spring Security's own
     * converter so that every spelling it accepts (e.g. {@code Basic<TAB>...}) names the user here too.
     */
    static String basicUser(HttpServletRequest request) {
        try {
            var claimed = new org.springframework.security.web.authentication.www.BasicAuthenticationConverter()
                    .convert(request);
            String name = claimed == null ? null : claimed.getName();
            return name == null || name.length() <= 100 ? name : name.substring(0, 100);
        } catch (org.springframework.security.core.AuthenticationException unreadable) {
            return null;
        }
    }

    private static boolean bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
