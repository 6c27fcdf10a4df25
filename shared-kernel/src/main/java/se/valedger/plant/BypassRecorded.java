package se.valedger.plant;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BypassRecorded(
        String plantId,
        String bypassId,
        Instant start,
        Instant end,
        double volumeM3,
        String location,
        BypassCause cause,
        String recipient) {
}
