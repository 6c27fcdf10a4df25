package se.valedger.plant;

import org.axonframework.serialization.Revision;

/** The sample no longer counts in any weekly load; it stays in the history with the reason. */
@Revision("1")
public record LabSampleInvalidated(String plantId, String sampleId, String week, String reason) {
}
