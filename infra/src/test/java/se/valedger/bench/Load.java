package se.valedger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Runs one operation on N threads for a warm-up and a measured window, timing every call. */
final class Load {

    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface PerThread {
        Operation forThread(int thread);
    }

    record Result(int threads, long operations, long errors, double seconds, long[] sortedLatencyNanos) {

        double perSecond() {
            return operations / seconds;
        }

        double percentileMs(double p) {
            if (sortedLatencyNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sortedLatencyNanos.length - 1, Math.ceil(p * sortedLatencyNanos.length) - 1);
            return sortedLatencyNanos[Math.max(0, index)] / 1e6;
        }
    }

    private Load() {
    }

    static Result run(int threads, Duration warmup, Duration measure, PerThread work) throws InterruptedException {
        long start = System.nanoTime() + warmup.toNanos();
        long end = start + measure.toNanos();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[threads];
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            latencies.add(new long[1 << 14]);
        }
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Operation operation = work.forThread(t);
            Thread worker = new Thread(() -> {
                try {
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        boolean failed = false;
                        try {
                            operation.run();
                        } catch (Exception e) {
                            failed = true;
                            firstError.compareAndSet(null, e);
                        }
                        long after = System.nanoTime();
                        if (before >= start && after <= end) {
                            if (failed) {
                                errors.incrementAndGet();
                                continue;
                            }
                            long[] mine = latencies.get(thread);
                            if (counts[thread] == mine.length) {
                                mine = Arrays.copyOf(mine, mine.length * 2);
                                latencies.set(thread, mine);
                            }
                            mine[counts[thread]++] = after - before;
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-" + t);
            worker.start();
        }
        done.await();
        long total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[(int) total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        if (errors.get() > total / 100 && firstError.get() != null) {
            throw new IllegalStateException(errors.get() + " of " + (total + errors.get()) + " operations failed",
                    firstError.get());
        }
        return new Result(threads, total, errors.get(), measure.toNanos() / 1e9, all);
    }
}
