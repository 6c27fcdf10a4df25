package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.valedger.testing.Api;
import se.valedger.testing.AppProcess;

/**
 * The packaged jar under load: killed with SIGKILL, started again; then its database connections
 * cut and refused for a while. Clients retry what was not acknowledged with the same
 * Idempotency-Key. Nothing acknowledged may be missing, nothing may be stored twice, and the
 * register must converge to a recount of the event log.
 *
 * <p>The database outage is made by refusing new connections to this test's database and
 * terminating its backends ({@code ALLOW_CONNECTIONS false} + {@code pg_terminate_backend}), not by
 * restarting the PostgreSQL server, which other test runs on this machine share.
 */
class CrashRecoveryIT {

    static final List<String> PIPES = List.of("CRASH-0", "CRASH-1", "CRASH-2");

    @Test
    void nothingAcknowledgedIsLostOrDoubledAcrossSigkillAndADatabaseOutage() throws Exception {
        long started = System.nanoTime();
        String url = AppProcess.freshDatabase();
        String database = url.substring(url.lastIndexOf('/') + 1);
        Recount recount = Recount.of(url);
        LoadDriver load;
        try (AppProcess first = AppProcess.start("crash-first", url, Map.of()).awaitHealthy(Duration.ofSeconds(180))) {
            for (String pipe : PIPES) {
                assertThat(first.admin().post("/api/pipes", IdempotencyTest.PIPE.formatted(pipe)).status()).isEqualTo(201);
            }
            load = new LoadDriver(List.of(first.admin()), PIPES, "crash-").start(6);
            awaitAcknowledged(load, 150, Duration.ofSeconds(90));
            first.kill();
            load.stop();
        }
        int acknowledgedBeforeKill = load.acknowledged.size();
        Set<String> unansweredAtKill = new HashSet<>(load.unanswered.keySet());

        try (AppProcess second = AppProcess.start("crash-second", url, Map.of()).awaitHealthy(Duration.ofSeconds(180))) {
            Api api = second.admin();
            load.retryUnanswered(api);
            assertThat(load.unanswered).as("every retried request is acknowledged after the restart").isEmpty();
            assertThat(load.refused).isEmpty();
            // Acknowledged before the kill and sent again: the stored answer, not a second inspection.
            load.sentAndAcknowledged.entrySet().stream().limit(20).forEach(entry -> {
                Api.Response again = api.post(entry.getValue().path(), entry.getValue().body(),
                        "Idempotency-Key", entry.getValue().key());
                assertThat(again.status()).isEqualTo(202);
                assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
                assertThat(again.json().get("inspectionId").asText()).isEqualTo(load.acknowledged.get(entry.getKey()));
            });
            assertConsistent(load, recount);
            load.assertLeaksStoredExactlyOnce(recount);
            LoadDriver.assertAuditChainVerifies(api);
            System.out.printf("SIGKILL phase: %d acknowledged before the kill, %d unanswered and retried%n",
                    acknowledgedBeforeKill, unansweredAtKill.size());

            // Database outage under load: the app says it is unhealthy, then recovers by itself.
            LoadDriver outageLoad = new LoadDriver(List.of(api), PIPES, "outage-").start(4);
            awaitAcknowledged(outageLoad, 30, Duration.ofSeconds(60));
            var admin = Recount.of(url.substring(0, url.lastIndexOf('/') + 1) + "postgres").jdbc();
            admin.execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
            try {
                admin.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?", database);
                assertThat(awaitHealth(second, 503, Duration.ofSeconds(60))).as("unhealthy while the database is away").isTrue();
                Api.Response refused = api.post("/api/pipes/CRASH-0/inspections", IdempotencyTest.INSPECTION.formatted("outage"));
                assertThat(refused.status()).as(refused.body()).isEqualTo(503);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.header("Retry-After")).isNotNull();
                AppProcess.sleep(2000);
            } finally {
                admin.execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
            }
            assertThat(awaitHealth(second, 200, Duration.ofSeconds(90))).as("healthy again by itself").isTrue();
            awaitAcknowledged(outageLoad, outageLoad.acknowledged.size() + 30, Duration.ofSeconds(60));
            outageLoad.stop();
            int unansweredInOutage = outageLoad.unanswered.size();
            outageLoad.retryUnanswered(api);
            assertThat(outageLoad.unanswered).isEmpty();
            assertThat(outageLoad.refused).as("the outage is never answered as the client's fault").isEmpty();
            assertConsistent(outageLoad, recount);
            assertConsistent(load, recount);
            outageLoad.assertLeaksStoredExactlyOnce(recount);
            LoadDriver.assertAuditChainVerifies(api);
            System.out.printf("Outage phase: %d acknowledged, %d retried after recovery%n",
                    outageLoad.acknowledged.size(), unansweredInOutage);
        }
        System.out.printf("CrashRecoveryIT took %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void assertConsistent(LoadDriver load, Recount recount) throws InterruptedException {
        Map<String, Long> stored = recount.inspectionsByFindings(prefixOf(load));
        assertThat(stored.keySet()).as("every acknowledged command is stored").containsAll(load.acknowledged.keySet());
        assertThat(stored.keySet()).as("nothing is stored that the client was not finally told about")
                .isSubsetOf(load.acknowledged.keySet());
        assertThat(stored.values()).as("nothing is stored twice").containsOnly(1L);
        load.acknowledged.forEach((marker, id) -> assertThat(recount.inspectionIdOf(marker)).isEqualTo(id));
        assertThat(recount.sequenceHoles()).isEmpty();
        assertThat(recount.awaitRegisterAgrees(120_000)).isEmpty();
    }

    private static String prefixOf(LoadDriver load) {
        return load.acknowledged.keySet().stream().findFirst().map(m -> m.substring(0, m.indexOf('-') + 1)).orElse("");
    }

    static void awaitAcknowledged(LoadDriver load, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (load.acknowledged.size() < count && System.nanoTime() < deadline) {
            AppProcess.sleep(100);
        }
        assertThat(load.acknowledged.size()).as("acknowledged under load").isGreaterThanOrEqualTo(count);
    }

    private static boolean awaitHealth(AppProcess app, int status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (app.health() == status) {
                return true;
            }
            AppProcess.sleep(250);
        }
        return false;
    }
}
