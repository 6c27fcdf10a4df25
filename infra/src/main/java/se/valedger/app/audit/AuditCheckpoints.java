package se.valedger.app.audit;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import se.valedger.kernel.UtilityTime;

/**
 * At every midnight (Stockholm time) the head of the chain becomes the checkpoint of the day that ended; besides,
 * every {@code valedger.audit.checkpoint-every-entries} (1000) entries or {@code valedger.audit.checkpoint-every}
 * (5 minutes) of activity, checked every {@code valedger.audit.checkpoint-check} (10 s). Each is published
 * outside the database ({@link PublishedCheckpoints}): a rewrite is detectable from the last published one on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditCheckpoints {

    private static final String CHECK = "${valedger.audit.checkpoint-check:" + AuditSettings.CHECKPOINT_CHECK + "}";

    private final AuditLog log;
    private final Clock clock;
    private final long everyEntries;
    private final Duration every;

    AuditCheckpoints(AuditLog log, Clock clock,
                     AuditSettings settings) {
        this.log = log;
        this.clock = clock;
        this.everyEntries = settings.checkpointEveryEntries();
        this.every = settings.checkpointEvery();
    }

    @Scheduled(fixedDelayString = CHECK, initialDelayString = CHECK)
    void whenDue() {
        try {
            log.checkpointIfDue(everyEntries, every, UtilityTime.today(clock), clock.instant());
        } catch (RuntimeException databaseAway) {
            org.slf4j.LoggerFactory.getLogger(AuditCheckpoints.class).warn("Audit checkpoint not taken: {}", databaseAway.getMessage());
        }
    }

    @Scheduled(cron = "${valedger.audit.checkpoint-cron:" + AuditSettings.CHECKPOINT_CRON + "}", zone = UtilityTime.ZONE_ID)
    void daily() {
        log.checkpoint(UtilityTime.today(clock).minusDays(1), clock.instant());
    }
}
