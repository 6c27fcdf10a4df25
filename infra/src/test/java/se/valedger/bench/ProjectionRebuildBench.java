package se.valedger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.IntegrationTest;

/**
 * How fast projections rebuild from a store of pipe histories (a registration and nine inspections per
 * pipe). Every processor is stopped while the store is seeded; then each group in {@code bench.rebuildGroups}
 * is reset and replayed alone, a warm-up and {@code bench.rebuildRounds} measured rounds, and finally the
 * groups in {@code bench.rebuildTogether} are rebuilt at the same time, as after a release that changes
 * them all. Besides events/s it prints CPU per event (this JVM, and the database's server processes) and
 * how busy the processors' threads were, which on a shared machine say more than the wall clock. Run by
 * {@code ./mvnw -o -B -Pbench -pl infra -am verify -DskipITs -Dtest=ProjectionRebuildBench
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.rebuildEvents=100000]}.
 */
@IntegrationTest
class ProjectionRebuildBench {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    long head;
    long stored;

    @Test
    void rebuildsProjectionsFromPipeHistories() throws Exception {
        long events = Long.getLong("bench.rebuildEvents", 100_000);
        int rounds = Integer.getInteger("bench.rebuildRounds", 3);
        List<String> alone = groups("bench.rebuildGroups", "network-aging,renewal-planning");
        List<String> together = groups("bench.rebuildTogether",
                "pipe-register,leaks,network-aging,incident-register,renewal-planning,plant-capacity");

        commandGateway.sendAndWait(PerformanceBench.registerPipe("REBUILD-PROBE"));
        String aggregateType = jdbc.queryForObject(
                "SELECT type FROM event_store.domain_event WHERE aggregate_identifier = 'REBUILD-PROBE'", String.class);
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
            processor.shutDown();
        }
        new EventSeeder(dataSource, eventSerializer, aggregateType).seedHistories("R-", events);
        jdbc.execute("ANALYZE event_store.domain_event");
        head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        stored = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);

        List<String> lines = new ArrayList<>();
        for (String group : alone) {
            rebuild(List.of(group)); // warm-up: the JIT is still compiling Axon's and the handlers' code
            List<Rebuild> measured = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                measured.add(rebuild(List.of(group)));
            }
            lines.add(Rebuild.summary(group, stored, measured));
        }
        if (!together.isEmpty()) {
            lines.add(Rebuild.summary(together.size() + " groups at once", stored, List.of(rebuild(together))));
        }
        System.out.println("[rebuild bench] " + stored + " events\n" + String.join("\n", lines));

        long pipes = jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM event_store.domain_event"
                + " WHERE type = ?", Long.class, aggregateType);
        if (alone.contains("network-aging") || together.contains("network-aging")) {
            assertThat(jdbc.queryForObject("SELECT sum(pipes) FROM aging.stock", Long.class)).isEqualTo(pipes);
        }
        if (alone.contains("renewal-planning") || together.contains("renewal-planning")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM renewal.pipe WHERE latest_grade IS NOT NULL",
                    Long.class)).as("every seeded pipe has inspections; the probe has none").isEqualTo(pipes - 1);
        }
    }

    private static List<String> groups(String property, String defaults) {
        String value = System.getProperty(property, defaults);
        return value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }

    /** One rebuild: how long it took and what it cost. */
    record Rebuild(double seconds, double jvmMicrosPerEvent, double databaseMicrosPerEvent, long transactions,
                   Map<String, Integer> busyPercent, Map<String, Double> secondsToHead) {

        /** CPU of the processors' own coordinator and worker threads; the JVM's also counts JIT and GC. */
        double processorMicrosPerEvent(long events) {
            return busyPercent.values().stream().mapToInt(Integer::intValue).sum() * seconds * 1e4 / events;
        }

        static String summary(String what, long events, List<Rebuild> rounds) {
            return String.format("%-20s %s events/s (median %,.0f); CPU per event (medians): JVM %.1f µs,"
                            + " processor threads %.1f µs, database %.1f µs; ~%,d transactions;"
                            + " threads busy (%% of one core) %s%s",
                    what, rounds.stream().map(r -> String.format("%,.0f", events / r.seconds())).toList(),
                    median(rounds.stream().map(r -> events / r.seconds()).toList()),
                    median(rounds.stream().map(Rebuild::jvmMicrosPerEvent).toList()),
                    median(rounds.stream().map(r -> r.processorMicrosPerEvent(events)).toList()),
                    median(rounds.stream().map(Rebuild::databaseMicrosPerEvent).toList()),
                    rounds.stream().mapToLong(Rebuild::transactions).sum() / rounds.size(),
                    rounds.stream().map(Rebuild::busyPercent).toList(),
                    rounds.size() == 1 && rounds.get(0).secondsToHead().size() > 1
                            ? "; seconds to the head " + rounds.get(0).secondsToHead() : "");
        }

        private static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(null);
            return sorted.get(sorted.size() / 2);
        }
    }

    private Rebuild rebuild(List<String> groups) throws Exception {
        List<StreamingEventProcessor> processors = groups.stream().map(group -> processing
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no processor " + group))).toList();
        for (StreamingEventProcessor processor : processors) {
            processor.resetTokens();
        }
        long commitsBefore = commits();
        long jvmBefore = jvmCpuNanos();
        long databaseBefore = databaseCpuTicks();
        Map<String, Long> threadsBefore = threadCpuNanos(groups);
        long started = System.nanoTime();
        processors.forEach(StreamingEventProcessor::start);
        Map<String, Double> finished = new TreeMap<>();
        while (finished.size() < processors.size()) {
            for (StreamingEventProcessor processor : processors) {
                if (!finished.containsKey(processor.getName()) && pastHead(processor)) {
                    finished.put(processor.getName(), Math.round((System.nanoTime() - started) / 1e7) / 100.0);
                }
            }
            if (System.nanoTime() - started > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("not all of " + groups + " reached " + head + " within 10 minutes");
            }
            Thread.sleep(10);
        }
        long elapsed = System.nanoTime() - started;
        Map<String, Long> threadsAfter = threadCpuNanos(groups);
        long jvm = jvmCpuNanos() - jvmBefore;
        long database = databaseCpuTicks() - databaseBefore;
        processors.forEach(StreamingEventProcessor::shutDown);
        Map<String, Integer> busy = new TreeMap<>();
        threadsAfter.forEach((thread, nanos) -> busy.merge(thread.substring(0, thread.indexOf('-')),
                (int) Math.round(100.0 * (nanos - threadsBefore.getOrDefault(thread, 0L)) / elapsed), Integer::sum));
        return new Rebuild(elapsed / 1e9, jvm / 1e3 / stored, database * 1e4 / stored, commits() - commitsBefore, busy,
                finished);
    }

    /** Every segment past the head. (A rebuilt segment stays flagged "replaying" until a newer event arrives.) */
    private boolean pastHead(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        int segments = status.values().stream().mapToInt(s -> s.getSegment().getMask() + 1).max().orElse(0);
        return !status.isEmpty() && segments == status.size()
                && status.values().stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }

    /** CPU time of the processors' coordinator and worker threads (named after their group), per thread. */
    private static Map<String, Long> threadCpuNanos(List<String> groups) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && groups.stream().anyMatch(group -> info.getThreadName().endsWith("-" + group))) {
                cpu.put(info.getThreadName() + "#" + info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time (1/100 s) of this database's server processes, from /proc: the server runs on this machine. */
    private long databaseCpuTicks() throws IOException {
        long ticks = 0;
        for (Integer pid : jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE datname = current_database()",
                Integer.class)) {
            Path stat = Path.of("/proc", pid.toString(), "stat");
            if (Files.exists(stat)) {
                String line = Files.readString(stat);
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            }
        }
        return ticks;
    }

    /** Committed transactions in this database so far; PostgreSQL's statistics lag by up to a second. */
    private long commits() throws InterruptedException {
        Thread.sleep(1100);
        jdbc.execute("SELECT pg_stat_clear_snapshot()");
        return jdbc.queryForObject("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()",
                Long.class);
    }
}
