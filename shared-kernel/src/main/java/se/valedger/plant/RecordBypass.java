package se.valedger.plant;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A bypass or overflow (bräddning) at or from a plant. */
public record RecordBypass(
        @TargetAggregateIdentifier String plantId,
        String bypassId,
        Instant start,
        Instant end,
        Double volumeM3,
        String location,
        BypassCause cause,
        String recipient) {
}
