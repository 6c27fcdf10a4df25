package se.valedger.boot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.stereotype.Component;
import se.valedger.app.MessageMetadata;
import se.valedger.app.audit.AuditAttempt;
import se.valedger.app.audit.AuditPayload;
import se.valedger.app.audit.AuditTrail;
import se.valedger.app.audit.Outcome;
import se.valedger.app.audit.Rejection;
import se.valedger.boot.Serialization;

/**
 * Records every command handled on this node, whoever sent it (a controller, an importer, a saga), with
 * its outcome: when accepted, inside its own transaction with the ids of the events it stores (so the
 * entry and the events commit together); after a rollback as rejected, with the reason. Registered on the command bus for all handlers, so no controller has to remember it.
 */
@Component
class CommandAudit implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String EVENT_IDS = CommandAudit.class.getName() + ".eventIds";
    private static final ObjectMapper PAYLOAD_JSON = Serialization.storageObjectMapper();
    private static final AnnotationCommandTargetResolver TARGET = AnnotationCommandTargetResolver.builder().build();

    private final AuditTrail trail;
    private final Clock clock;

    CommandAudit(AuditTrail trail, Clock clock, EventBus eventBus) {
        this.trail = trail;
        this.clock = clock;
        eventBus.registerDispatchInterceptor(collectEventIds());
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!trail.commandsAudited()) {
            return chain.proceed();
        }
        CommandMessage<?> command = unitOfWork.getMessage();
        Instant at = clock.instant();
        if (!Boolean.TRUE.equals(command.getMetaData().get(MessageMetadata.TRIAL_IN_CHUNK))) {
            unitOfWork.onRollback(u -> trail.record(attempt(command, at, u.getExecutionResult().getExceptionResult(), List.of())));
        }
        Object result = chain.proceed();
        // Registered after the handler ran, so it runs after the event bus has stored (and named) the events,
        // inside the command's transaction: the entry commits with the events, or not at all.
        unitOfWork.onPrepareCommit(u -> {
            Throwable failure = u.getExecutionResult() != null && u.getExecutionResult().isExceptionResult()
                    ? u.getExecutionResult().getExceptionResult() : null;
            trail.recordInTransaction(attempt(command, at, failure, eventIds(u)));
        });
        unitOfWork.afterCommit(u -> trail.committed());
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> eventIds(UnitOfWork<?> unitOfWork) {
        List<String> ids = (List<String>) unitOfWork.root().getResource(EVENT_IDS);
        return ids == null ? List.of() : ids;
    }

    /** Notes the id of every event published inside a unit of work, so the command's entry can name them. */
    private static MessageDispatchInterceptor<EventMessage<?>> collectEventIds() {
        return messages -> (index, event) -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root().<List<String>>getOrComputeResource(EVENT_IDS, key -> new ArrayList<>())
                        .add(event.getIdentifier());
            }
            return event;
        };
    }

    private static AuditAttempt attempt(CommandMessage<?> command, Instant at, Throwable failure, List<String> eventIds) {
        MetaData meta = command.getMetaData();
        Rejection rejection = failure == null ? null : Rejection.of(failure);
        return new AuditAttempt(at,
                text(meta, MessageMetadata.USER),
                text(meta, MessageMetadata.ROLES),
                authMethod(text(meta, MessageMetadata.AUTH_METHOD)),
                text(meta, MessageMetadata.CLIENT_ADDRESS),
                text(meta, MessageMetadata.USER_AGENT),
                "COMMAND",
                command.getPayloadType().getSimpleName(),
                target(command),
                payload(command.getPayload()),
                rejection == null ? Outcome.ACCEPTED : rejection.outcome(),
                rejection == null ? null : rejection.reason(),
                rejection == null ? eventIds : List.of(),
                text(meta, MessageMetadata.CORRELATION_ID),
                null,
                null);
    }

    /** Bearer-token sign-ins are stamped with the token's class name; the trail says what it means. */
    private static String authMethod(String stamped) {
        return stamped != null && stamped.startsWith("Jwt") ? "oidc" : stamped;
    }

    private static String target(CommandMessage<?> command) {
        Method accessor = TARGET_ACCESSOR.get(command.getPayloadType()).orElse(null);
        try {
            if (accessor != null) {
                Object id = accessor.invoke(command.getPayload());
                return id == null ? null : id.toString();
            }
            return TARGET.resolveTarget(command).getIdentifier();
        } catch (ReflectiveOperationException | RuntimeException noTarget) {
            return null;
        }
    }

    /** Our commands are records naming their aggregate on an accessor: found once per type, not per command. */
    private static final ClassValue<Optional<Method>> TARGET_ACCESSOR = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getMethods())
                    .filter(method -> method.getParameterCount() == 0
                            && method.isAnnotationPresent(TargetAggregateIdentifier.class))
                    .findFirst();
        }
    };

    private static String payload(Object payload) {
        try {
            return AuditPayload.ofJson(PAYLOAD_JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            return "{\"unserializable\":\"" + payload.getClass().getName() + "\"}";
        }
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
