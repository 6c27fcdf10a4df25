package se.valedger.app.audit;

import java.time.Instant;
import java.util.List;

/**
 * One link of the chain as stored: the attempt, its place ({@code seq}) and its hashes.
 *
 * @param recordedAt  when it was chained; from {@link AuditChain#KEYED} entries on never earlier than its predecessor's
 * @param attemptedAt when the attempt happened (null on entries written before the keyed chain)
 * @param spooled     it waited in the node's spool file during a database outage
 * @param algorithm   {@link AuditChain#PLAIN} or {@link AuditChain#KEYED}
 */
public record AuditEntry(
        long seq,
        Instant recordedAt,
        String user,
        String roles,
        String authMethod,
        String clientAddress,
        String userAgent,
        String channel,
        String type,
        String aggregateId,
        String payload,
        String outcome,
        String reason,
        List<String> eventIds,
        List<Long> eventPositions,
        String correlationId,
        String request,
        Integer httpStatus,
        Instant attemptedAt,
        boolean spooled,
        String algorithm,
        String prevHash,
        String hash) {
}
