package se.valedger.workorder;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import se.valedger.pipe.InspectionLogged;

/**
 * An inspection's operational findings open work orders ({@link OperationalFindings}), at most once each: the order's
 * id comes from the inspection and the kind, so a redelivered event finds the order there and opens nothing. Replays
 * are refused (they would only find every order there).
 */
@Component
@ProcessingGroup(OperationalFindingsOpenWorkOrders.GROUP)
class OperationalFindingsOpenWorkOrders {

    static final String GROUP = "work-order-opening";

    private final CommandGateway commands;

    OperationalFindingsOpenWorkOrders(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(InspectionLogged event) {
        for (OpenWorkOrder order : OperationalFindings.ordersFor(event)) {
            try {
                commands.sendAndWait(order);
            } catch (AggregateStreamCreationException | ConcurrencyException alreadyOpened) {
                // delivered before: the order exists
            }
        }
    }
}
