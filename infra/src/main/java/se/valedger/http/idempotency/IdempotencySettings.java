package se.valedger.http.idempotency;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.idempotency.*} ({@link IdempotencyStore}): how long an {@code Idempotency-Key} and its answer are
 * kept (ASSUMED 7 days, our choice), and how often older ones are removed.
 */
@Validated
@ConfigurationProperties("valedger.idempotency")
public record IdempotencySettings(@DefaultValue("P7D") @NotNull @DurationMin(millis = 1) Duration retention,
                                  @DefaultValue(IdempotencySettings.CLEANUP_INTERVAL) @NotNull @DurationMin(millis = 1)
                                  Duration cleanupInterval) {

    /** Also the default of {@link IdempotencyStore}'s schedule, which reads the key itself. */
    static final String CLEANUP_INTERVAL = "PT1H";
}
