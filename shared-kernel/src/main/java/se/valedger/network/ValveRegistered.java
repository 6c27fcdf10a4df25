package se.valedger.network;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ValveRegistered(String valveId, String pipeId, String nodeId, ValveKind kind, ValveStatus status,
                              Integer diameterMm) {
}
