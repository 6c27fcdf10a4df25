package se.valedger.boot.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.valedger.projection.BatchedWrites;

/**
 * Every event handler of a group that parks failed events ({@code valedger.processors.dead-letter-groups}) runs
 * under a savepoint of its batch's transaction. When it throws, the savepoint is rolled back and the writes it
 * collected in {@link BatchedWrites} are dropped, before the dead-letter queue is asked anything. After a
 * PostgreSQL error the transaction is aborted and refuses every statement until it is rolled back ("current
 * transaction is aborted, commands ignored until end of transaction block", PostgreSQL manual, SAVEPOINT and
 * ROLLBACK TO SAVEPOINT): without this the dead-letter check itself failed, nothing was parked and the processor
 * retried the batch for ever. Here the letter is written once the transaction is healthy again, and commits
 * together with the token and the batch's other events: none lost, none half-applied, and a batch that fails later
 * for another reason takes its letters with it, so a retried batch never parks the same event twice. A write that
 * fails only when the batch is sent is brought back into its handler by {@link BatchedWrites} on the retry.
 *
 * <p>{@code valedger.processors.handler-savepoints} (default {@code true}) turns it off, for measuring what it costs.
 */
public final class HandlerSavepoints implements HandlerEnhancerDefinition {

    private static final Logger log = LoggerFactory.getLogger(HandlerSavepoints.class);

    private final DataSource dataSource;
    private final Set<String> groups;

    public HandlerSavepoints(DataSource dataSource, Set<String> groups) {
        this.dataSource = dataSource;
        this.groups = groups;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        String group = groupOf(original.declaringClass());
        if (!original.canHandleMessageType(EventMessage.class) || original.hasAnnotation(EventSourcingHandler.class)
                || !groups.contains(group)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                BatchedWrites.inGroup(group);
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    return underSavepoint(connection, message, target);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            }

            private Object underSavepoint(Connection connection, Message<?> message, T target) throws Exception {
                Savepoint savepoint = connection.setSavepoint();
                BatchedWrites.Mark mark = BatchedWrites.mark();
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error failure) {
                    undo(connection, savepoint, mark, message, failure);
                    throw failure;
                }
                connection.releaseSavepoint(savepoint);
                return result;
            }
        };
    }

    private static void undo(Connection connection, Savepoint savepoint, BatchedWrites.Mark mark, Message<?> message,
                             Throwable failure) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
        int dropped = BatchedWrites.discardSince(mark);
        log.info("Handler failed on event {}: its changes rolled back to a savepoint, {} collected writes dropped ({})",
                message.getIdentifier(), dropped, failure.toString());
    }

    private static String groupOf(Class<?> handlerClass) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(handlerClass, ProcessingGroup.class);
        return group == null ? handlerClass.getPackage().getName() : group.value();
    }
}
