package se.valedger.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.valedger.pipe.ImportOutcome;

/** A pump or control valve of a network model, joining two nodes (not a pipe of the register). */
@Aggregate(cache = "networkLinkCache")
class NetworkLink {

    @AggregateIdentifier
    private String aggregateId;
    private LinkKind kind;
    private String fromNode;
    private String toNode;
    private Map<String, String> attributes;

    NetworkLink() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ImportOutcome handle(ImportNetworkLink command) {
        PlausibleNetworkElement.checkLink(command.linkId(), command.kind(), command.fromNode(), command.toNode());
        Map<String, String> newAttributes = Node.attributes(command.attributes());
        if (kind == null) {
            apply(new NetworkLinkRegistered(command.linkId(), command.kind(), command.fromNode(), command.toNode(),
                    newAttributes));
            return ImportOutcome.CREATED;
        }
        if (kind == command.kind() && fromNode.equals(command.fromNode()) && toNode.equals(command.toNode())
                && Objects.equals(attributes, newAttributes)) {
            return ImportOutcome.UNCHANGED;
        }
        apply(new NetworkLinkCorrected(command.linkId(), command.kind(), command.fromNode(), command.toNode(),
                newAttributes, command.reason()));
        return ImportOutcome.CORRECTED;
    }

    @EventSourcingHandler
    void on(NetworkLinkRegistered event) {
        aggregateId = NetworkIds.link(event.linkId());
        kind = event.kind();
        fromNode = event.fromNode();
        toNode = event.toNode();
        attributes = event.attributes();
    }

    @EventSourcingHandler
    void on(NetworkLinkCorrected event) {
        kind = event.kind();
        fromNode = event.fromNode();
        toNode = event.toNode();
        attributes = event.attributes();
    }
}
