package se.valedger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.IntegrationTest;

/**
 * Times a rebuild of the maintenance backlog alone: {@code bench.backlogEvents} events (default 100,000) of pipe
 * histories, a registration and nine inspections each, written with the application's own serializer; the other
 * projections catch up first, so the backlog replays on its own. Prints events/s and writes it to
 * target/bench/backlog-replay.txt. Run by
 * {@code ./mvnw -o -B -Pbench -pl infra -am verify -Dtest=BacklogReplayBench -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false [-Dbench.backlogEvents=1000000]}.
 */
@IntegrationTest
class BacklogReplayBench {

    static final String BACKLOG = "backlog";

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

    @Test
    void rebuildsTheBacklogFromPipeHistories() throws Exception {
        long events = Long.getLong("bench.backlogEvents", 100_000);
        Processors processors = new Processors(processing, jdbc);
        commandGateway.sendAndWait(PerformanceBench.registerPipe("BENCH-PROBE"));
        String aggregateType = jdbc.queryForObject(
                "SELECT type FROM event_store.domain_event WHERE aggregate_identifier = 'BENCH-PROBE'", String.class);
        StreamingEventProcessor backlog = processors.named(BACKLOG);
        backlog.shutDown();
        new EventSeeder(dataSource, eventSerializer, aggregateType).seedHistories("H-", events);
        jdbc.execute("ANALYZE event_store.domain_event");
        long head = processors.head();
        processors.awaitAllBut(BACKLOG, head, Duration.ofMinutes(20));

        long stored = processors.eventCount();
        backlog.resetTokens();
        long started = System.nanoTime();
        processors.awaitCaughtUp(BACKLOG, head, Duration.ofHours(2));
        double seconds = (System.nanoTime() - started) / 1e9;

        String figure = String.format("backlog rebuild: %d events in %.1f s = %.0f events/s%n", stored, seconds,
                stored / seconds);
        System.out.print(figure);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "backlog-replay.txt"), figure);
        long pipes = events / EventSeeder.EVENTS_PER_HISTORIC_PIPE;
        assertThat(jdbc.queryForObject("SELECT count(*) FROM backlog.pipe WHERE pipe_id LIKE 'H-%'", Long.class))
                .isEqualTo(pipes);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM backlog.pipe WHERE pipe_id LIKE 'H-%' AND "
                + "latest_inspection_on = DATE '2009-10-10'", Long.class)).as("the ninth inspection is every pipe's latest")
                .isEqualTo(pipes);
        assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT pipe_id) FROM backlog.item "
                + "WHERE status IN ('OPEN','SCHEDULED')", Long.class)).as("one open finding per pipe at most").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM backlog.item WHERE status = 'OPEN' AND risk = 0", Long.class))
                .as("every open finding scored").isZero();
    }
}
