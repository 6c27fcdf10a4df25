package se.valedger.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Records that someone read or exported the audit trail (NIS2: who looked at the evidence, too). */
@Component
public class AuditReads {

    private final AuditTrail trail;
    private final Clock clock;

    AuditReads(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** Records the read and answers its entry (null only if the trail could not confirm it in time). */
    public AuditEntry record(HttpServletRequest request, String type, String what, String result) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String agent = request.getHeader("User-Agent");
        AuditedRequest.markRecorded(request);
        return trail.recordAndWait(new AuditAttempt(clock.instant(),
                auth == null ? null : auth.getName(),
                auth == null ? null : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .map(a -> a.replaceFirst("^ROLE_", "")).sorted().collect(Collectors.joining(",")),
                auth == null ? null : AuditedRequest.authMethod(auth),
                request.getRemoteAddr(),
                agent != null && agent.length() > 300 ? agent.substring(0, 300) : agent,
                "AUDIT", type, null, what, Outcome.READ, result, List.of(), AuditedRequest.correlation(request),
                request.getMethod() + " " + request.getRequestURI(), 200));
    }
}
