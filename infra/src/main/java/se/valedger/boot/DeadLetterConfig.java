package se.valedger.boot;

import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.app.ProcessorSettings;
import se.valedger.boot.projection.HandlerSavepoints;

/**
 * Dead-letter queues (JDBC, {@code event_store.dead_letter_entry}) for the processing groups listed in
 * {@code valedger.processors.dead-letter-groups}: an event whose handler throws is parked with the
 * rest of its aggregate's sequence, and every other aggregate keeps flowing. Listed here rather than
 * under {@code axon.eventhandling.processors.<group>}, because naming a processor there would also
 * turn it into a tracking processor. Groups not listed keep Axon's default (log the error, move on).
 * The failed handler is first undone to a savepoint ({@link HandlerSavepoints}), so the letter is written in a
 * transaction that PostgreSQL still accepts, and the batch's other events are applied.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfig {

    /** See {@link HandlerSavepoints}: a failed handler is undone before its event is parked. */
    @Bean
    HandlerEnhancerDefinition handlerSavepoints(DataSource dataSource, ProcessorSettings settings) {
        return new HandlerSavepoints(dataSource, settings.handlerSavepoints() ? settings.deadLetterGroups() : Set.of());
    }

    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            ProcessorSettings settings,
            ConnectionProvider connectionProvider, TransactionManager transactionManager, DeadLetterSchema schema,
            @Qualifier("eventSerializer") Serializer eventSerializer, Serializer genericSerializer) {
        Set<String> groups = settings.deadLetterGroups();
        return new DeadLetterQueueProviderConfigurerModule(new EventProcessorProperties(), group -> null) {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                var processing = configurer.eventProcessing();
                processing.registerDeadLetterQueueProvider(group -> groups.contains(group)
                        ? configuration -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProvider)
                                .transactionManager(transactionManager)
                                .schema(schema)
                                .genericSerializer(genericSerializer)
                                .eventSerializer(eventSerializer)
                                .build()
                        : null);
                groups.forEach(group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (configuration, builder) -> builder.enableSequenceIdentifierCache()));
            }
        };
    }

}
