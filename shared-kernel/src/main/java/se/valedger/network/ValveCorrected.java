package se.valedger.network;

import org.axonframework.serialization.Revision;

/** A valve's record corrected: the whole corrected record and why. */
@Revision("1")
public record ValveCorrected(String valveId, String pipeId, String nodeId, ValveKind kind, ValveStatus status,
                             Integer diameterMm, String reason) {
}
