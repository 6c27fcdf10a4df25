package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.valedger.testing.Api;
import se.valedger.testing.AppProcess;

/**
 * The documented backup ({@code pg_dump -Fc}) and restore ({@code pg_restore} into a new, empty
 * database): the application started on the restored copy shows the same register, accepts new
 * commands, and still knows the idempotency keys of requests answered before the backup.
 */
class BackupRestoreIT {

    static final List<String> PIPES = List.of("BAK-0", "BAK-1", "BAK-2");

    @Test
    void aRestoredBackupServesTheSameRegisterAndContinuesTheLog() throws Exception {
        long started = System.nanoTime();
        String original = AppProcess.freshDatabase();
        String registerBefore;
        long eventsBefore;
        LoadDriver load;
        try (AppProcess app = AppProcess.start("backup-source", original, Map.of()).awaitHealthy(Duration.ofSeconds(180))) {
            for (String pipe : PIPES) {
                assertThat(app.admin().post("/api/pipes", IdempotencyTest.PIPE.formatted(pipe)).status()).isEqualTo(201);
            }
            load = new LoadDriver(List.of(app.admin()), PIPES, "backup-").start(3);
            CrashRecoveryIT.awaitAcknowledged(load, 60, Duration.ofSeconds(90));
            load.stop();
            load.retryUnanswered(app.admin());
            assertThat(Recount.of(original).awaitRegisterAgrees(60_000)).isEmpty();
            registerBefore = app.admin().get("/api/pipes?idPrefix=BAK-").body();
            eventsBefore = Recount.of(original).events();

            Path dump = Path.of("target", "backup-" + System.currentTimeMillis() + ".dump");
            run("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-Fc", "-f", dump.toString(), name(original));
            assertThat(Files.size(dump)).isPositive();
            String restored = AppProcess.freshDatabase();
            run("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "--exit-on-error", "-d", name(restored), dump.toString());
            app.stop();

            try (AppProcess copy = AppProcess.start("backup-restored", restored, Map.of()).awaitHealthy(Duration.ofSeconds(180))) {
                Recount recount = Recount.of(restored);
                assertThat(recount.events()).isEqualTo(eventsBefore);
                assertThat(recount.registerDifferences()).isEmpty();
                Api api = copy.admin();
                assertThat(api.get("/api/pipes?idPrefix=BAK-").body()).isEqualTo(registerBefore);

                var sent = load.sentAndAcknowledged.entrySet().iterator().next();
                var replayed = api.post(sent.getValue().path(), sent.getValue().body(), "Idempotency-Key", sent.getValue().key());
                assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
                assertThat(replayed.json().get("inspectionId").asText()).isEqualTo(load.acknowledged.get(sent.getKey()));

                var next = api.post("/api/pipes/BAK-0/inspections", IdempotencyTest.INSPECTION.formatted("after restore"));
                assertThat(next.status()).isEqualTo(202);
                assertThat(Long.parseLong(next.header("X-Event-Position"))).isGreaterThan(recount.head() - 1);
                assertThat(recount.sequenceHoles()).isEmpty();
                assertThat(recount.awaitRegisterAgrees(60_000)).isEmpty();
                load.assertLeaksStoredExactlyOnce(recount);
                LoadDriver.assertAuditChainVerifies(api);
            }
        }
        System.out.printf("BackupRestoreIT took %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static String name(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
