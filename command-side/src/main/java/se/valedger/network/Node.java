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

/** A node of the network (junction, manhole, hydrant, tank, reservoir ...): where pipes meet, valves sit, water comes from. */
@Aggregate(cache = "nodeCache")
class Node {

    @AggregateIdentifier
    private String aggregateId;
    private NodeKind kind;
    private NodePosition position;
    private String name;
    private Map<String, String> attributes;

    Node() {
        // for Axon
    }

    @CommandHandler
    Node(RegisterNode command) {
        PlausibleNetworkElement.checkNode(command.nodeId(), command.kind(), command.name(), command.attributes());
        PlausibleNetworkElement.checkPosition(command.position());
        apply(new NodeRegistered(command.nodeId(), command.kind(), command.position(), blankToNull(command.name()),
                attributes(command.attributes())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ImportOutcome handle(ImportNode command) {
        PlausibleNetworkElement.checkNode(command.nodeId(), command.kind(), command.name(), command.attributes());
        if (command.position() != null) {
            PlausibleNetworkElement.checkPosition(command.position());
        }
        String newName = blankToNull(command.name());
        Map<String, String> newAttributes = attributes(command.attributes());
        if (kind == null) {
            apply(new NodeRegistered(command.nodeId(), command.kind(), command.position(), newName, newAttributes));
            return ImportOutcome.CREATED;
        }
        // the file's silence keeps what is known: a model without coordinates never erases a position
        NodePosition newPosition = command.position() == null ? position : command.position();
        if (kind == command.kind() && Objects.equals(position, newPosition) && Objects.equals(name, newName)
                && Objects.equals(attributes, newAttributes)) {
            return ImportOutcome.UNCHANGED;
        }
        apply(new NodeCorrected(command.nodeId(), command.kind(), newPosition, newName, newAttributes, command.reason()));
        return ImportOutcome.CORRECTED;
    }

    @EventSourcingHandler
    void on(NodeRegistered event) {
        aggregateId = NetworkIds.node(event.nodeId());
        kind = event.kind();
        position = event.position();
        name = event.name();
        attributes = event.attributes();
    }

    @EventSourcingHandler
    void on(NodeCorrected event) {
        kind = event.kind();
        position = event.position();
        name = event.name();
        attributes = event.attributes();
    }

    static Map<String, String> attributes(Map<String, String> given) {
        return given == null ? Map.of() : Map.copyOf(given);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
