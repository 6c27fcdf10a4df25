package se.valedger.network;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CriticalCustomerRegistered(String customerId, String name, CustomerKind kind, String nodeId,
                                         String pipeId) {
}
