package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Thousands of commands from many threads at a few pipes. Half carry an Idempotency-Key: those run
 * inside the request's transaction, where two writers of one pipe really do race for the same
 * sequence number and the loser is retried. Nothing acknowledged may be missing or doubled.
 */
@IntegrationTest
class ConcurrentCommandsTest {

    static final int PIPES = 4;
    static final int COMMANDS = 2000;
    static final int THREADS = 8;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void everyAcknowledgedCommandHasExactlyItsEventsAndTheRegisterAgreesWithARecount() throws Exception {
        Api admin = Api.at(port, "admin", "admin-password");
        for (int p = 0; p < PIPES; p++) {
            assertThat(admin.post("/api/pipes", IdempotencyTest.PIPE.formatted("HOT-" + p)).status()).isEqualTo(201);
        }
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> refused = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            clients.submit(() -> {
                for (int n; (n = next.getAndIncrement()) < COMMANDS; ) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    String marker = "load-" + n;
                    String body = """
                            {"date":"%s","inspector":"Load","method":"CCTV","grade":%d,"findings":"%s"}"""
                            .formatted(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(280)), 1 + random.nextInt(4), marker);
                    String path = "/api/pipes/HOT-" + random.nextInt(PIPES) + "/inspections";
                    Api.Response response = n % 2 == 0
                            ? admin.post(path, body, "Idempotency-Key", UUID.randomUUID().toString())
                            : admin.post(path, body);
                    if (response.status() == 202) {
                        acknowledged.put(marker, response.json().get("inspectionId").asText());
                    } else {
                        refused.put(marker, response.toString());
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(150, TimeUnit.SECONDS)).as("load finished in time, %d acknowledged, %d refused", acknowledged.size(), refused.size()).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d commands from %d threads in %.1f s (%.0f/s), %.0f concurrency retries, %d refused%n",
                COMMANDS, THREADS, seconds, COMMANDS / seconds, retriesSoFar(), refused.size());

        assertThat(refused).as("only lost races after every retry may be refused, as 409").allSatisfy((marker, answer) ->
                assertThat(answer).startsWith("409").contains("concurrent-change"));
        assertThat(acknowledged.size() + refused.size()).isEqualTo(COMMANDS);
        assertThat(retriesSoFar()).as("writers really raced on stale state and were retried").isPositive();

        Recount recount = new Recount(jdbc);
        Map<String, Long> stored = recount.inspectionsByFindings("load-");
        assertThat(stored.keySet()).as("exactly the acknowledged commands are stored").isEqualTo(acknowledged.keySet());
        assertThat(stored.values()).as("none twice").containsOnly(1L);
        List<Map<String, Object>> ids = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'findings' AS marker,
                       convert_from(payload, 'UTF8')::jsonb ->> 'inspectionId' AS id
                FROM event_store.domain_event WHERE payload_type = 'se.valedger.pipe.InspectionLogged'""");
        assertThat(ids).allSatisfy(row -> assertThat(row.get("id")).isEqualTo(acknowledged.get((String) row.get("marker"))));
        assertThat(recount.sequenceHoles()).isEmpty();
        assertThat(recount.awaitRegisterAgrees(30_000)).isEmpty();
    }

    private double retriesSoFar() {
        return meters.counter("valedger.commands.concurrency.retries").count();
    }
}
