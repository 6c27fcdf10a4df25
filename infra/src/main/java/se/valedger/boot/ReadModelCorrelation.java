package se.valedger.boot;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import se.valedger.projection.ReadModel;

/**
 * Read models send no commands, queries or events, so the correlation data Axon works out for every
 * event they handle (it decodes the event's metadata into a new map, for a result message that is
 * thrown away) is only cost, a large share of a replay's. Their processors mark each batch, and the
 * correlation data providers give nothing inside a marked batch. Groups that send commands from their
 * handlers (renewal-execution) are not read models and keep the full correlation.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelCorrelation {

    private static final String READ_MODEL_BATCH = ReadModelCorrelation.class.getName();

    @Autowired
    void markReadModelBatches(EventProcessingConfigurer processing, List<ReadModel> readModels) {
        readModels.stream().map(ReadModel::processingGroup).distinct().forEach(group ->
                processing.registerHandlerInterceptor(group, configuration -> (unitOfWork, chain) -> {
                    unitOfWork.root().resources().putIfAbsent(READ_MODEL_BATCH, Boolean.TRUE);
                    return chain.proceed();
                }));
    }

    static CorrelationDataProvider outsideReadModels(CorrelationDataProvider provider) {
        return message -> CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().root().resources().containsKey(READ_MODEL_BATCH)
                ? Map.of() : provider.correlationDataFor(message);
    }
}
