package se.valedger.app;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.processors.*}: how every pooled streaming processor runs ({@code boot.ProcessorConfig}) and how
 * a failing handler is treated ({@code boot.DeadLetterConfig}, {@code boot.NoSkipConfig}, and the administrator's
 * dead-letter API). The numbers are ASSUMED from our
 * own measurements (README, Performance). Dead letters for every rebuildable read model; renewal-execution
 * sends commands, so its failing event is retried, never skipped nor parked.
 */
@Validated
@ConfigurationProperties("valedger.processors")
public record ProcessorSettings(
        @DefaultValue("500") @Positive int batchSize,
        @DefaultValue("2") @Positive int initialSegmentCount,
        @DefaultValue("2") @Positive int threadCount,
        @DefaultValue("200ms") @NotNull @DurationMin(millis = 1) Duration idleTokenInterval,
        @DefaultValue({"pipe-register", "leaks", "backlog", "network-aging", "incident-register", "renewal-planning",
                "plant-capacity", "work-orders", "zones", "network"}) @NotNull Set<String> deadLetterGroups,
        @DefaultValue({"renewal-execution", "work-order-opening"}) @NotNull Set<String> noSkipGroups,
        @DefaultValue("true") boolean handlerSavepoints) {
}
