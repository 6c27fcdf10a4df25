package se.valedger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import se.valedger.app.EventLog;
import se.valedger.app.audit.AuditSchema;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Issue 14 item 8: refusals during a database outage are answered within the bound, spooled durably on the
 * node, and chained in order once the database is back — nothing lost, nothing twice, also across a restart
 * of the writer with a non-empty spool. The outage is this test's database refusing connections
 * ({@code ALLOW_CONNECTIONS false} + {@code pg_terminate_backend}); the shared server is never restarted.
 */
@IntegrationTest
class AuditOutageTest {

    /** valedger.audit.outage-answer-timeout's default, plus what the request itself may take on a busy machine. */
    static final Duration BOUND = Duration.ofSeconds(2).plusMillis(1500);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventLog eventLog;
    @Autowired
    AuditWriter writer;
    @Autowired
    AuditSpool spool;
    @Autowired
    AuditLog log;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditSchema schema;
    @Autowired
    ChainKey key;
    @Value("${spring.datasource.url}")
    String url;

    @Test
    void refusalsDuringAnOutageAreAnsweredInTimeSpooledAndChainedOnceInOrderWhenTheDatabaseReturns() throws Exception {
        Api.anonymous(port).get("/api/audit?before=outage");
        writer.flush();
        long before = count();
        String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                "postgres", ""));
        List<String> sent = new ArrayList<>();
        admin.execute("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS false");
        try {
            admin.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()",
                    database);
            for (int i = 0; i < 7; i++) {
                String marker = "outage-" + i;
                sent.add(marker);
                long started = System.nanoTime();
                var answer = i % 2 == 0 ? Api.anonymous(port).send("GET", "/api/audit", null, null, "X-Correlation-Id", marker)
                        : Api.anonymous(port).send("POST", "/api/pipes", "application/json",
                        ("{\"id\":\"" + marker + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8), "X-Correlation-Id", marker);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(answer.status()).isEqualTo(401);
                assertThat(took).as("answer %d within the bound", i).isLessThan(BOUND);
            }
            String spooled = Files.readString(spool.file());
            for (String marker : sent) {
                assertThat(spooled).as("spooled before the database returns").contains(marker);
            }

            // The node goes down with its spool full: the writer stops (its last flush fails, the spool keeps all).
            writer.stop();
        } finally {
            admin.execute("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS true");
        }
        awaitDatabase();

        // A node restarted on the same spool directory chains the spool first.
        AuditWriter restarted = new AuditWriter(jdbc, eventLog, transactions, schema, new AuditSpool(spool.file().getParent()), key,
                Clock.systemUTC(), Duration.ofMillis(100));
        restarted.flush();
        writer.start();
        writer.flush();

        List<String> chained = jdbc.queryForList("SELECT correlation_id FROM audit.entry WHERE correlation_id LIKE 'outage-%'"
                + " ORDER BY seq", String.class);
        assertThat(jdbc.queryForObject("SELECT bool_and(spooled) FROM audit.entry WHERE correlation_id LIKE 'outage-%'",
                Boolean.class)).as("each marked as spooled").isTrue();
        assertThat(chained).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            assertThat(chained.get(i)).as("in the order they were refused").isEqualTo(sent.get(i));
        }
        assertThat(count()).isEqualTo(before + sent.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE correlation_id LIKE 'outage-%' AND attempted_at < recorded_at", Long.class))
                .as("each keeps the time it was refused, earlier than when it was chained").isEqualTo(sent.size());
        assertThat(Files.readString(spool.file())).isBlank();
        var verified = Api.at(port, "admin", "admin-password").get("/api/audit/verify");
        assertThat(verified.json().get("valid").asBoolean()).as(verified.body()).isTrue();
    }

    @Test
    void aSpooledAttemptThatWasAlsoChainedIsNotChainedTwice() throws Exception {
        Api.anonymous(port).get("/api/audit?twice=1");
        writer.flush();
        var row = jdbc.queryForMap("SELECT attempt_id, seq FROM audit.entry WHERE attempt_id IS NOT NULL ORDER BY seq DESC LIMIT 1");
        long before = count();
        AuditAttempt again = new AuditAttempt(java.time.Instant.now(), null, null, null, "127.0.0.1", "test", "HTTP",
                "GET /api/audit", null, "{\"twice\":\"1\"}", Outcome.UNAUTHENTICATED, "no credentials", List.of(), "c",
                "GET /api/audit", 401);
        String fresh = UUID.randomUUID().toString();
        spool.append(List.of(new AuditSpool.Line((String) row.get("attempt_id"), again), new AuditSpool.Line(fresh, again)));
        writer.flush();
        assertThat(count()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE attempt_id = ?", Long.class, fresh)).isEqualTo(1);
        assertThat(spool.lines()).isEmpty();
        assertThat(Set.copyOf(jdbc.queryForList("SELECT attempt_id FROM audit.entry WHERE attempt_id = ?", String.class,
                row.get("attempt_id")))).hasSize(1);
    }

    long count() {
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry", Long.class);
    }

    void awaitDatabase() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                jdbc.queryForObject("SELECT 1", Integer.class);
                return;
            } catch (RuntimeException stillAway) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("database not back within 60 s");
    }
}
