package se.valedger.app.audit;

import java.time.Instant;
import java.util.List;

/**
 * One attempt as a hook saw it, before the writer gives it its place in the chain.
 *
 * @param channel  COMMAND (an Axon command, whoever sent it), HTTP (a request that never became a command,
 *                 e.g. refused or unreadable), or AUDIT (a read of the audit trail)
 * @param eventIds the identifiers of the events the command produced; the writer looks up their positions
 */
public record AuditAttempt(
        Instant at,
        String user,
        String roles,
        String authMethod,
        String clientAddress,
        String userAgent,
        String channel,
        String type,
        String aggregateId,
        String payload,
        Outcome outcome,
        String reason,
        List<String> eventIds,
        String correlationId,
        String request,
        Integer httpStatus) {

    public AuditAttempt {
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    }
}
