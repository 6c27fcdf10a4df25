package se.valedger.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Recounts what the projections should show straight from the event log, and checks the log itself. */
final class Recount {

    private final JdbcTemplate jdbc;

    Recount(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Connects per query, and waits out a server that is briefly full (it is shared with other test runs). */
    static Recount of(String jdbcUrl) {
        return new Recount(new JdbcTemplate(new DriverManagerDataSource(jdbcUrl, "postgres", "") {
            @Override
            protected java.sql.Connection getConnectionFromDriver(java.util.Properties props) throws java.sql.SQLException {
                for (int attempt = 1; ; attempt++) {
                    try {
                        return super.getConnectionFromDriver(props);
                    } catch (java.sql.SQLException e) {
                        if (attempt >= 60 || !"53300".equals(e.getSQLState())) {
                            throw e;
                        }
                        se.valedger.testing.AppProcess.sleep(500);
                    }
                }
            }
        }));
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    long head() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM event_store.domain_event", Long.class);
    }

    /** Aggregates whose sequence numbers are not exactly 0..n-1. */
    List<String> sequenceHoles() {
        return jdbc.queryForList("""
                SELECT aggregate_identifier FROM event_store.domain_event GROUP BY aggregate_identifier
                HAVING min(sequence_number) <> 0 OR max(sequence_number) <> count(*) - 1
                    OR count(DISTINCT sequence_number) <> count(*)""", String.class);
    }

    /** How many InspectionLogged events carry each findings text. */
    Map<String, Long> inspectionsByFindings(String prefix) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.query("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'findings' AS findings, count(*) AS n
                FROM event_store.domain_event WHERE payload_type = 'se.valedger.pipe.InspectionLogged'
                    AND convert_from(payload, 'UTF8')::jsonb ->> 'findings' LIKE ?
                GROUP BY 1""", rs -> {
            counts.put(rs.getString("findings"), rs.getLong("n"));
        }, prefix + "%");
        return counts;
    }

    Map<String, Long> leaksByReporter(String prefix) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.query("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'reporter' AS reporter, count(*) AS n
                FROM event_store.domain_event WHERE payload_type = 'se.valedger.leak.LeakReported'
                    AND convert_from(payload, 'UTF8')::jsonb ->> 'reporter' LIKE ?
                GROUP BY 1""", rs -> {
            counts.put(rs.getString("reporter"), rs.getLong("n"));
        }, prefix + "%");
        return counts;
    }

    String leakIdOf(String reporter) {
        return jdbc.queryForObject("""
                SELECT aggregate_identifier FROM event_store.domain_event
                WHERE payload_type = 'se.valedger.leak.LeakReported'
                    AND convert_from(payload, 'UTF8')::jsonb ->> 'reporter' = ?""", String.class, reporter);
    }

    String inspectionIdOf(String findings) {
        return jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'inspectionId' FROM event_store.domain_event
                WHERE payload_type = 'se.valedger.pipe.InspectionLogged'
                    AND convert_from(payload, 'UTF8')::jsonb ->> 'findings' = ?""", String.class, findings);
    }

    /** Differences between the pipe register and a recount of the events; empty when they agree. */
    List<String> registerDifferences() {
        List<Map<String, Object>> expected = jdbc.queryForList("""
                WITH inspections AS (
                    SELECT aggregate_identifier AS pipe_id, sequence_number,
                           (convert_from(payload, 'UTF8')::jsonb ->> 'date')::date AS date,
                           (convert_from(payload, 'UTF8')::jsonb ->> 'grade')::int AS grade
                    FROM event_store.domain_event WHERE payload_type = 'se.valedger.pipe.InspectionLogged'),
                latest AS (
                    SELECT DISTINCT ON (pipe_id) pipe_id, grade, date FROM inspections
                    ORDER BY pipe_id, date DESC, sequence_number DESC)
                SELECT r.aggregate_identifier AS pipe_id,
                       (SELECT count(*) FROM inspections i WHERE i.pipe_id = r.aggregate_identifier) AS inspections,
                       l.grade AS grade, l.date AS date
                FROM event_store.domain_event r LEFT JOIN latest l ON l.pipe_id = r.aggregate_identifier
                WHERE r.payload_type = 'se.valedger.pipe.PipeRegistered' ORDER BY 1""");
        List<String> differences = new ArrayList<>();
        for (Map<String, Object> pipe : expected) {
            String id = (String) pipe.get("pipe_id");
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT inspection_count, latest_grade, last_inspected_on FROM register.pipe WHERE pipe_id = ?", id);
            if (rows.isEmpty()) {
                differences.add(id + ": no register row");
                continue;
            }
            Map<String, Object> row = rows.get(0);
            long count = ((Number) row.get("inspection_count")).longValue();
            if (count != ((Number) pipe.get("inspections")).longValue()
                    || !Objects.equals(row.get("latest_grade"), pipe.get("grade"))
                    || !Objects.equals(String.valueOf(row.get("last_inspected_on")), String.valueOf(pipe.get("date")))) {
                differences.add(id + ": register " + row + " but events say " + pipe);
            }
        }
        Long rows = jdbc.queryForObject("SELECT count(*) FROM register.pipe", Long.class);
        if (rows != expected.size()) {
            differences.add("register has " + rows + " rows for " + expected.size() + " registered pipes");
        }
        return differences;
    }

    /** Waits until the register agrees with the recount; answers the last differences seen. */
    List<String> awaitRegisterAgrees(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        List<String> differences = registerDifferences();
        while (!differences.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            differences = registerDifferences();
        }
        return differences;
    }
}
