package se.valedger.renewal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import se.valedger.pipe.RenewPipe;

/**
 * Records an executed plan item on the pipe with the pipe's own {@link RenewPipe}, keyed by
 * {@link PipeRenewalOrder#renewalKey()} so that sending it again renews nothing twice.
 */
@Component
class CommandPipeRenewer implements PipeRenewer {

    private final CommandGateway commands;

    CommandPipeRenewer(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void renew(PipeRenewalOrder order) {
        commands.sendAndWait(new RenewPipe(order.pipeId(), order.newMaterial(), order.year(), order.method(),
                order.costSek(), null, order.renewalKey()));
    }
}
