package se.valedger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.RegisterPipe;
import se.valedger.testing.IntegrationTest;

/**
 * Command throughput with and without the command audit, through the command gateway (no HTTP), the
 * same command in both runs. Figures are printed to the test output; the assertion only guards against
 * a gross regression.
 */
@IntegrationTest
class AuditThroughputTest {

    static final int COMMANDS = Integer.getInteger("audit.bench.commands", 400);

    @Autowired
    CommandGateway commands;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    AuditWriter writer;
    @Autowired
    JdbcTemplate jdbc;

    final AtomicInteger ids = new AtomicInteger();

    double run(int threads, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < count / threads; i++) {
                        String id = "BENCH-" + ids.incrementAndGet();
                        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterPipe(id, NetworkKind.WASTEWATER,
                                Material.PVC, 200, 50.0, 1990, "Lugnvik", 2, null, null, null))
                                .andMetaData(Map.of("user", "bench", "roles", "ADMIN", "authMethod", "password",
                                        "clientAddress", "127.0.0.1", "correlationId", id)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    long entries() {
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry", Long.class);
    }

    @Test
    void theCommandAuditCostsLittleThroughput() throws Exception {
        run(4, 400); // warm-up, audited
        String[] modes = {"without audit", "with audit"};
        int[] threads = {1, 4};
        int rounds = 5;
        double[][][] rates = new double[threads.length][modes.length][rounds];
        // Alternating short runs, so that the load of whatever else runs on the machine hits both modes alike.
        for (int round = 0; round < rounds; round++) {
            for (int t = 0; t < threads.length; t++) {
                for (int m = 0; m < modes.length; m++) {
                    trail.auditCommands(m != 0);
                    writer.flush();
                    long before = entries();
                    rates[t][m][round] = run(threads[t], COMMANDS);
                    writer.flush();
                    assertThat(entries()).isEqualTo(before + (m == 0 ? 0 : COMMANDS));
                }
            }
        }
        trail.auditCommands(true);
        StringBuilder report = new StringBuilder("\nCommand throughput (RegisterPipe via CommandGateway, "
                + COMMANDS + " commands per run, median of " + rounds + " alternating runs):\n");
        double[][] medians = new double[threads.length][modes.length];
        for (int t = 0; t < threads.length; t++) {
            for (int m = 0; m < modes.length; m++) {
                double[] sorted = rates[t][m].clone();
                java.util.Arrays.sort(sorted);
                medians[t][m] = sorted[rounds / 2];
                report.append(String.format("  %d thread(s), %-14s %6.0f commands/s (%3.0f %%)  runs: %s%n",
                        threads[t], modes[m] + ":", medians[t][m], 100 * medians[t][m] / medians[t][0],
                        java.util.Arrays.stream(rates[t][m]).mapToObj(r -> String.format("%.0f", r)).toList()));
            }
        }
        System.out.println(report);
        assertThat(log.verify(null, null).valid()).isTrue();
        // Only a guard against a gross regression (e.g. a lock serialising all commands): on a shared 2-core
        // machine single runs vary by a factor of 3 or more.
        for (double[] median : medians) {
            assertThat(median[1]).isGreaterThan(median[0] * 0.3);
        }
    }
}
