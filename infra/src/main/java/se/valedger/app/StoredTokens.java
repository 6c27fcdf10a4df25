package se.valedger.app;

import java.util.List;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The processors' tokens, read from {@code event_store.token_entry}. The token store is Axon's JDBC one on our
 * Flyway-owned table in both modes (Axon Server keeps events, not tokens), so both event logs read tokens here.
 * Read, never fetched through Axon's {@code TokenStore}: fetching a token claims its segment.
 */
final class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    List<TrackingToken> of(String processorName) {
        return jdbc.query("SELECT token, token_type FROM event_store.token_entry WHERE processor_name = ?",
                (rs, n) -> token(rs.getBytes("token"), rs.getString("token_type")), processorName);
    }

    private TrackingToken token(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
    }
}
