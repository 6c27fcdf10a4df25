package se.valedger.http.idempotency;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.http.max-json-body} and {@code valedger.http.max-body} ({@link BodyLimitFilter}). The import
 * limit matches {@code spring.servlet.multipart.max-file-size}; both are ASSUMED, set by the utility's IT operations.
 */
@Validated
@ConfigurationProperties("valedger.http")
public record BodyLimits(@DefaultValue("1MB") @NotNull DataSize maxJsonBody,
                         @DefaultValue("100MB") @NotNull DataSize maxBody) {
}
