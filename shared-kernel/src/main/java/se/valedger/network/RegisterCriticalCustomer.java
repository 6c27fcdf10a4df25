package se.valedger.network;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a critical customer (hospital, care home, school, dialysis at home, industry) at its connection point. */
public record RegisterCriticalCustomer(String customerId, String name, CustomerKind kind, String nodeId, String pipeId) {

    /** The event store's id of the element ({@link NetworkIds}). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return NetworkIds.customer(customerId);
    }
}
