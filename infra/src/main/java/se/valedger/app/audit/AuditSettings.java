package se.valedger.app.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.audit.*}: where the audit trail spools, chains, checkpoints and publishes, and how long an answer
 * waits for it to be durable (README, Audit trail). The waits and intervals are ASSUMED by us; the files and the
 * checkpoint sink are set by the utility's IT operations (keep the key and the checkpoints away from the database).
 */
@Validated
@ConfigurationProperties("valedger.audit")
public record AuditSettings(
        @DefaultValue("./data/audit-spool") @NotNull Path spoolDir,
        @DefaultValue("") @NotNull String chainKey,
        @DefaultValue("./data/audit-chain.key") @NotNull Path chainKeyFile,
        @DefaultValue("true") boolean durableBeforeAnswer,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 0) Duration maxWait,
        @DefaultValue("2s") @NotNull @DurationMin(millis = 0) Duration outageAnswerTimeout,
        @DefaultValue("100ms") @NotNull @DurationMin(millis = 0) Duration batchWindow,
        @DefaultValue("1000") @Positive long checkpointEveryEntries,
        @DefaultValue("5m") @NotNull @DurationMin(millis = 1) Duration checkpointEvery,
        @DefaultValue(AuditSettings.CHECKPOINT_CHECK) @NotNull @DurationMin(millis = 1) Duration checkpointCheck,
        @DefaultValue(AuditSettings.CHECKPOINT_CRON) @NotNull String checkpointCron,
        @DefaultValue("file") @NotNull String checkpointSink,
        @DefaultValue("./data/audit-checkpoints.jsonl") @NotNull Path checkpointFile,
        @DefaultValue("") @NotNull String checkpointWebhookUrl) {

    /** Also the defaults of {@link AuditCheckpoints}' schedules, which read their keys themselves. */
    static final String CHECKPOINT_CHECK = "PT10S";
    static final String CHECKPOINT_CRON = "0 0 0 * * *";

    @Override
    public String toString() {
        return "AuditSettings[spoolDir=" + spoolDir + ", chainKey=(hidden), chainKeyFile=" + chainKeyFile + ", ...]";
    }
}
