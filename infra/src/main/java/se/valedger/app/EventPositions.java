package se.valedger.app;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The global position of an aggregate's newest event. Within one aggregate positions grow with
 * the sequence number (optimistic locking serialises its writers), so right after a command this
 * is at least the position of the command's own last event: waiting for it gives read-your-writes.
 */
@Component
public class EventPositions {

    private final JdbcTemplate jdbc;

    EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long latestOf(String aggregateId) {
        List<Long> found = jdbc.queryForList("""
                SELECT global_index FROM event_store.domain_event WHERE aggregate_identifier = ?
                ORDER BY sequence_number DESC LIMIT 1""", Long.class, aggregateId);
        return found.isEmpty() ? -1 : found.get(0);
    }
}
