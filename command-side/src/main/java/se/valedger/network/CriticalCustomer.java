package se.valedger.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.valedger.kernel.InvalidInput;

/** A customer who must not lose water unannounced, at its connection point. */
@Aggregate
class CriticalCustomer {

    @AggregateIdentifier
    private String aggregateId;

    CriticalCustomer() {
        // for Axon
    }

    @CommandHandler
    CriticalCustomer(RegisterCriticalCustomer c) {
        se.valedger.kernel.IdsMustBeAddressable.check("id", c.customerId());
        if (c.name() == null || c.name().isBlank()) {
            throw new InvalidInput("name", "name the customer (the hospital, the school ...)");
        }
        PlausibleNetworkElement.text("name", c.name(), 200);
        PlausibleNetworkElement.required("kind", c.kind());
        ConnectionPoints.exactlyOne(c.nodeId(), c.pipeId());
        apply(new CriticalCustomerRegistered(c.customerId(), c.name().strip(), c.kind(), Node.blankToNull(c.nodeId()),
                Node.blankToNull(c.pipeId())));
    }

    @EventSourcingHandler
    void on(CriticalCustomerRegistered event) {
        aggregateId = NetworkIds.customer(event.customerId());
    }
}
