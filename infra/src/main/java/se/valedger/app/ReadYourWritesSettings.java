package se.valedger.app;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code valedger.read-your-writes.max-wait}: how long a read waits for its own write to be projected. */
@Validated
@ConfigurationProperties("valedger.read-your-writes")
public record ReadYourWritesSettings(@DefaultValue("5s") @NotNull Duration maxWait) {
}
