package se.valedger.network;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ServiceConnectionRegistered(String connectionId, String nodeId, String pipeId, int households,
                                          String address, String propertyId) {
}
