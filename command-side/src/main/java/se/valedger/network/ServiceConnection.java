package se.valedger.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** Service connections at one connection point: their count, or one connection with address and property id. */
@Aggregate
class ServiceConnection {

    static final int MAX_HOUSEHOLDS = 100_000;

    @AggregateIdentifier
    private String aggregateId;

    ServiceConnection() {
        // for Axon
    }

    @CommandHandler
    ServiceConnection(RegisterServiceConnection c) {
        se.valedger.kernel.IdsMustBeAddressable.check("id", c.connectionId());
        ConnectionPoints.exactlyOne(c.nodeId(), c.pipeId());
        int households = c.households() == null ? 1 : c.households();
        if (households < 1 || households > MAX_HOUSEHOLDS) {
            throw new se.valedger.kernel.InvalidInput("households", "households are 1 to " + MAX_HOUSEHOLDS + ", was "
                    + households);
        }
        PlausibleNetworkElement.text("address", c.address(), 300);
        PlausibleNetworkElement.text("propertyId", c.propertyId(), 100);
        apply(new ServiceConnectionRegistered(c.connectionId(), Node.blankToNull(c.nodeId()), Node.blankToNull(c.pipeId()),
                households, Node.blankToNull(c.address()), Node.blankToNull(c.propertyId())));
    }

    @EventSourcingHandler
    void on(ServiceConnectionRegistered event) {
        aggregateId = NetworkIds.connection(event.connectionId());
    }
}
