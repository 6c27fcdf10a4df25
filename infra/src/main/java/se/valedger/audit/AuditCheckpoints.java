package se.valedger.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** At every midnight (Stockholm time) the head of the chain becomes the checkpoint of the day that ended. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditCheckpoints {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final AuditLog log;
    private final Clock clock;

    AuditCheckpoints(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Scheduled(cron = "${valedger.audit.checkpoint-cron:0 0 0 * * *}", zone = "Europe/Stockholm")
    void daily() {
        log.checkpoint(LocalDate.now(clock.withZone(STOCKHOLM)).minusDays(1), clock.instant());
    }
}
