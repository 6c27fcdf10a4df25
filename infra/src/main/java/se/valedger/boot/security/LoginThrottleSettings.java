package se.valedger.boot.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.login-throttle.*} ({@link LoginThrottle}, {@link ThrottledAuthenticationProvider}): failures
 * allowed before a delay, the delay doubling from {@code base-delay} up to {@code max-delay}, how long a verified
 * password is remembered, and how long a try waits for another check of the same pair. All ASSUMED by us, set
 * by the utility's IT security.
 */
@Validated
@ConfigurationProperties("valedger.login-throttle")
public record LoginThrottleSettings(@DefaultValue("5") @PositiveOrZero int freeFailures,
                                    @DefaultValue("1s") @NotNull @DurationMin(millis = 1) Duration baseDelay,
                                    @DefaultValue("15m") @NotNull @DurationMin(millis = 1) Duration maxDelay,
                                    @DefaultValue("5m") @NotNull @DurationMin(millis = 0) Duration rememberVerified,
                                    @DefaultValue("3s") @NotNull @DurationMin(millis = 0) Duration busyWait) {
}
