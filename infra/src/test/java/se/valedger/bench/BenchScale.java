package se.valedger.bench;

import java.time.Duration;
import java.util.List;

/**
 * How big one benchmark run is. {@code small} proves the harness in CI time; {@code full} gives the
 * numbers in README.md. Chosen with {@code -Dbench.scale=small|full}.
 */
record BenchScale(String name, int pipes, List<Integer> threadCounts, int primaryThreads, Duration warmup,
                  Duration measure, long replayStoreEvents, long growthStoreEvents, int queryRequests, long queryPipes) {

    /** Growth seeding starts no new COPY chunk after it has run this long, to keep the run bounded. */
    Duration growthSeedBudget() {
        return Duration.ofSeconds(Long.getLong("bench.growthSeedBudgetSeconds", name.equals("full") ? 600 : 100));
    }

    /** The longest warm-up before the first measurement; it ends earlier once the JIT compiler settles. */
    Duration maxJitWarmup() {
        return Duration.ofSeconds(Long.getLong("bench.maxJitWarmupSeconds", name.equals("full") ? 90 : 30));
    }

    static BenchScale fromSystemProperties() {
        String scale = System.getProperty("bench.scale", "full");
        BenchScale chosen = switch (scale) {
            case "small" -> new BenchScale("small", 5_000, List.of(4), 4, Duration.ofSeconds(2), Duration.ofSeconds(4),
                    100_000, 300_000, 200, 20_000);
            case "full" -> new BenchScale("full", 100_000, List.of(1, 4, 8), 4, Duration.ofSeconds(3),
                    Duration.ofSeconds(10), 1_000_000, 5_000_000, 1_000, 1_000_000);
            default -> throw new IllegalArgumentException("bench.scale is small or full, was " + scale);
        };
        long growth = Long.getLong("bench.growthEvents", chosen.growthStoreEvents());
        return new BenchScale(chosen.name(), Integer.getInteger("bench.pipes", chosen.pipes()), chosen.threadCounts(),
                chosen.primaryThreads(), chosen.warmup(), chosen.measure(), chosen.replayStoreEvents(), growth,
                chosen.queryRequests(), Long.getLong("bench.queryPipes", chosen.queryPipes()));
    }
}
