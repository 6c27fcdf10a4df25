package se.valedger.plant;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OverflowRecorded(String plantId, String overflowId, String pointId, Instant start, Instant end,
                               double volumeM3, boolean volumeMeasured, Double bod7Kg, Double totalPhosphorusKg,
                               Double totalNitrogenKg, OverflowCause cause) {
}
