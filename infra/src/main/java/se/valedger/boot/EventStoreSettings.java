package se.valedger.boot;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code valedger.event-store.read-batch-size}: events per query when a processor reads the log (Axon's: 100). */
@Validated
@ConfigurationProperties("valedger.event-store")
public record EventStoreSettings(@DefaultValue("1000") @Positive int readBatchSize) {
}
