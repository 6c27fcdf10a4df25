package se.valedger.bench;

import java.time.Duration;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's streaming processors as a benchmark waits on them: caught up with the head of the event log. */
final class Processors {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    Processors(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    StreamingEventProcessor named(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + group));
    }

    /** Starts the processor if it is stopped and waits until every one of its segments has processed {@code head}. */
    void awaitCaughtUp(String group, long head, Duration timeout) throws InterruptedException {
        StreamingEventProcessor processor = named(group);
        if (!processor.isRunning()) {
            processor.start();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (!status.isEmpty() && status.values().stream().mapToInt(s -> s.getSegment().getMask() + 1).max().orElse(0)
                    == status.size() && status.values().stream()
                    .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head && !s.isReplaying())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(group + " did not reach " + head + " within " + timeout);
    }

    /** Starts those stopped and waits until each has processed {@code head} (see {@link #reached}). */
    void awaitAll(java.util.List<StreamingEventProcessor> processors, long head, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (StreamingEventProcessor processor : processors) {
            if (!processor.isRunning()) {
                processor.start();
            }
            while (!reached(processor, head)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(processor.getName() + " did not reach " + head + " within " + timeout);
                }
                Thread.sleep(20);
            }
        }
    }

    /**
     * Every segment claimed and at or past {@code head}. Not whether Axon still flags it as replaying: after a
     * reset it keeps that flag until an event newer than the reset point arrives, which a benchmark never sends.
     */
    static boolean reached(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty()
                && status.values().stream().mapToInt(s -> s.getSegment().getMask() + 1).max().orElse(0) <= status.size()
                && status.values().stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }

    /** Waits until every running processor except {@code group} has processed {@code head}. */
    void awaitAllBut(String group, long head, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getKey().equals(group) || !(entry.getValue() instanceof StreamingEventProcessor other)) {
                continue;
            }
            while (other.isRunning() && System.nanoTime() < deadline && !other.processingStatus().values().stream()
                    .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head)) {
                Thread.sleep(50);
            }
        }
    }

    long head() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM event_store.domain_event", Long.class);
        return head == null ? 0 : head;
    }

    long eventCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        return count == null ? 0 : count;
    }
}
