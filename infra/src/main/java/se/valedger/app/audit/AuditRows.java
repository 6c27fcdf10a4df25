package se.valedger.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Maps stored rows back to entries exactly as they were hashed. */
final class AuditRows {

    static final String COLUMNS = """
            seq, recorded_at, user_name, roles, auth_method, client_address, user_agent, channel, type, aggregate_id,
            payload, outcome, reason, event_ids, event_positions, correlation_id, request, http_status, attempted_at, spooled,
            algorithm, prev_hash, hash""";

    private AuditRows() {
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("user_name"),
                rs.getString("roles"),
                rs.getString("auth_method"),
                rs.getString("client_address"),
                rs.getString("user_agent"),
                rs.getString("channel"),
                rs.getString("type"),
                rs.getString("aggregate_id"),
                rs.getString("payload"),
                rs.getString("outcome"),
                rs.getString("reason"),
                splitIds(rs.getString("event_ids")),
                splitPositions(rs.getString("event_positions")),
                rs.getString("correlation_id"),
                rs.getString("request"),
                (Integer) rs.getObject("http_status"),
                rs.getTimestamp("attempted_at") == null ? null : rs.getTimestamp("attempted_at").toInstant(),
                rs.getBoolean("spooled"),
                rs.getString("algorithm"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    static String joinIds(List<String> ids) {
        return String.join(",", ids);
    }

    static String joinPositions(List<Long> positions) {
        return positions.stream().map(p -> p == null ? "" : p.toString()).collect(Collectors.joining(","));
    }

    static List<String> splitIds(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(",", -1));
    }

    static List<Long> splitPositions(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",", -1)).map(p -> p.isEmpty() ? null : Long.valueOf(p))
                .collect(Collectors.toList());
    }

}
