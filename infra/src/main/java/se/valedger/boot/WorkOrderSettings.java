package se.valedger.boot;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.work-orders.*}: after how many done cleanings of the same task a new one makes the pipe a renewal
 * candidate ({@link se.valedger.workorder.RecurrenceMakesARenewalCandidate}; ASSUMED 2, set by the operations manager).
 */
@Validated
@ConfigurationProperties("valedger.work-orders")
public record WorkOrderSettings(@DefaultValue("2") @Min(1) @Max(100) int recurrenceCount) {
}
