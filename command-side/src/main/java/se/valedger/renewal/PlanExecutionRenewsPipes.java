package se.valedger.renewal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When a plan item is executed, renews its pipe, exactly once in effect.
 *
 * <p>Delivery is at least once (a restart, a second node or a retried batch may hand this
 * handler the same execution again), so the pipe's {@code RenewPipe} carries the item's renewal key
 * ({@code planId/pipeId}) and the pipe records a key once; only then does the plan note the item as
 * dispatched. That order holds without a shared transaction too (axonserver profile): a crash between
 * the two steps repeats the renewal, which the pipe ignores. The group is never-skip
 * ({@code valedger.processors.no-skip-groups}, infra's NoSkipConfig) and not in the dead-letter groups: a
 * failure is neither skipped nor parked, it rolls the batch back and the batch is retried. Replays are refused.
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
        renewer.renew(new PipeRenewalOrder(event.planId(), event.pipeId(), event.method(), event.newMaterial(),
                event.year(), event.costSek()));
        commands.sendAndWait(new MarkPipeRenewalDispatched(event.planId(), event.pipeId()));
    }
}
