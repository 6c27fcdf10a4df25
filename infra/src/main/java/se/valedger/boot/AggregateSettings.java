package se.valedger.boot;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code valedger.aggregates.cache-size}: aggregates held per type in {@link AggregateCaches}; 0 turns it off. */
@Validated
@ConfigurationProperties("valedger.aggregates")
public record AggregateSettings(@DefaultValue("100000") @PositiveOrZero int cacheSize) {
}
