package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.valedger.testing.AppProcess;

/**
 * Two instances of the packaged jar on one database: commands go through both, the processors'
 * segments are shared between them (token owners), and when one stops the other takes its segments
 * over; the result equals a recount of the event log, as a single node would have it.
 */
class TwoNodesIT {

    static final List<String> PIPES = List.of("NODE-0", "NODE-1", "NODE-2", "NODE-3");

    @Test
    void twoNodesShareTheWorkAndOneTakesOverWhenTheOtherStops() throws Exception {
        long started = System.nanoTime();
        String url = AppProcess.freshDatabase();
        Recount recount = Recount.of(url);
        try (AppProcess a = AppProcess.start("node-a", url, Map.of());
             AppProcess b = AppProcess.start("node-b", url, Map.of())) {
            a.awaitHealthy(Duration.ofSeconds(180));
            b.awaitHealthy(Duration.ofSeconds(180));
            for (int i = 0; i < PIPES.size(); i++) {
                AppProcess node = i % 2 == 0 ? a : b;
                assertThat(node.admin().post("/api/pipes", IdempotencyTest.PIPE.formatted(PIPES.get(i))).status()).isEqualTo(201);
            }
            LoadDriver load = new LoadDriver(List.of(a.admin(), b.admin()), PIPES, "nodes-").start(6);
            CrashRecoveryIT.awaitAcknowledged(load, 100, Duration.ofSeconds(90));

            Set<String> owners = awaitOwners(recount, owners1 -> owners1.size() == 2, Duration.ofSeconds(60));
            System.out.println("pipe-register segments owned by " + owners);
            assertThat(owners).as("each node holds a segment").hasSize(2)
                    .anySatisfy(o -> assertThat(o).startsWith(a.pid() + "@"))
                    .anySatisfy(o -> assertThat(o).startsWith(b.pid() + "@"));

            CrashRecoveryIT.awaitAcknowledged(load, load.acknowledged.size() + 50, Duration.ofSeconds(60));
            b.stop();
            Set<String> after = awaitOwners(recount, o -> o.size() == 1 && o.iterator().next().startsWith(a.pid() + "@"),
                    Duration.ofSeconds(60));
            System.out.println("after node b stopped, segments owned by " + after);
            assertThat(after).singleElement().asString().startsWith(a.pid() + "@");

            CrashRecoveryIT.awaitAcknowledged(load, load.acknowledged.size() + 50, Duration.ofSeconds(60));
            load.stop();
            load.retryUnanswered(a.admin());
            assertThat(load.unanswered).isEmpty();
            Map<String, Long> stored = recount.inspectionsByFindings("nodes-");
            assertThat(stored.keySet()).isEqualTo(load.acknowledged.keySet());
            assertThat(stored.values()).containsOnly(1L);
            assertThat(recount.sequenceHoles()).isEmpty();
            assertThat(recount.awaitRegisterAgrees(120_000)).isEmpty();
            load.assertLeaksStoredExactlyOnce(recount);
            LoadDriver.assertAuditChainVerifies(a.admin());
            System.out.printf("TwoNodesIT: %d commands through two nodes, took %.0f s%n", load.acknowledged.size(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** Distinct owners of all pipe-register segments, once every segment is owned and the condition holds. */
    private static Set<String> awaitOwners(Recount recount, java.util.function.Predicate<Set<String>> condition,
                                           Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> owners = Set.of();
        while (System.nanoTime() < deadline) {
            List<String> rows = recount.jdbc().queryForList(
                    "SELECT owner FROM event_store.token_entry WHERE processor_name = 'pipe-register'", String.class);
            owners = new TreeSet<>(rows.stream().filter(java.util.Objects::nonNull).toList());
            if (!rows.isEmpty() && !rows.contains(null) && condition.test(owners)) {
                return owners;
            }
            AppProcess.sleep(250);
        }
        return owners;
    }
}
