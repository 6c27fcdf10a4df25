package se.valedger.app;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.commands.*}: how often {@link CommandRetry} runs a command that lost an optimistic-concurrency
 * race, counting the first attempt (ASSUMED 5, our choice; set by the utility's IT operations).
 */
@Validated
@ConfigurationProperties("valedger.commands")
public record CommandSettings(@DefaultValue("5") @Min(1) int concurrencyAttempts) {
}
