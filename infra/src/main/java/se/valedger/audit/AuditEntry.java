package se.valedger.audit;

import java.time.Instant;
import java.util.List;

/** One link of the chain as stored: the attempt, its place ({@code seq}) and its hashes. */
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
        String prevHash,
        String hash) {
}
