package se.valedger.renewal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When a plan item is executed, renews its pipe, exactly once.
 *
 * <p>A tracking (pooled streaming) processor of its own: its token, the plan's
 * {@link PipeRenewalDispatched} and the pipe's renewal events are written in one PostgreSQL
 * transaction (the commands run in the handler's thread and join its transaction), so a crash or
 * restart either redoes all of it or none. The plan answers {@link MarkPipeRenewalDispatched} with
 * false for an item already dispatched, which guards against a replay or a second node, and replays
 * are refused outright.
 */
@Component
@ProcessingGroup(PlanExecutionRenewsPipes.GROUP)
class PlanExecutionRenewsPipes {

    static final String GROUP = "renewal-execution";

    private final CommandGateway commands;
    private final PipeRenewer renewer;

    PlanExecutionRenewsPipes(CommandGateway commands, PipeRenewer renewer) {
        this.commands = commands;
        this.renewer = renewer;
    }

    @EventHandler
    @DisallowReplay
    void on(PlanItemExecuted event) {
        Boolean first = commands.sendAndWait(new MarkPipeRenewalDispatched(event.planId(), event.pipeId()));
        if (Boolean.TRUE.equals(first)) {
            renewer.renew(new PipeRenewalOrder(event.planId(), event.pipeId(), event.method(), event.newMaterial(),
                    event.year(), event.costSek()));
        }
    }
}
