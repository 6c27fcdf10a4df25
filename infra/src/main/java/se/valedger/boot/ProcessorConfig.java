package se.valedger.boot;

import java.time.Clock;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.app.ProcessorSettings;

/**
 * Every projection gets a pooled streaming processor named after its processing group, with a
 * batch size and segment count from {@code valedger.processors.*}. Segments only take effect
 * when a processor's tokens are first created.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorConfig {

    @Autowired
    void pooledStreamingByDefault(EventProcessingConfigurer processing,
                                  ProcessorSettings settings) {
        int segments = settings.initialSegmentCount();
        int threads = settings.threadCount();
        processing.usingPooledStreamingEventProcessors((configuration, builder) -> builder
                .batchSize(settings.batchSize())
                .initialSegmentCount(segments)
                .maxClaimedSegments(segments)
                // A segment that sees no event of its own still records how far it has read this often,
                // so read-your-writes (which waits for every segment) is never held up for long.
                .claimExtensionThreshold(settings.idleTokenInterval().toMillis())
                .coordinatorExecutor(name -> java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                        runnable -> new Thread(runnable, "coordinator-" + name)))
                .workerExecutor(name -> java.util.concurrent.Executors.newScheduledThreadPool(threads,
                        runnable -> new Thread(runnable, "worker-" + name))));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
