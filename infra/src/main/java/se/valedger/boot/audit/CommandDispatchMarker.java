package se.valedger.boot.audit;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import se.valedger.app.audit.AuditedRequest;

/** Tells the HTTP audit that this request became a command, which the command audit records itself. */
@Component
class CommandDispatchMarker implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            AuditedRequest.markCommandDispatched();
            return command;
        };
    }
}
