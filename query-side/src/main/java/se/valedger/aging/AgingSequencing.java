package se.valedger.aging;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The aging overview's aggregate rows are shared by many pipes, so its events are handled one after
 * another (one segment does the work) rather than per pipe in parallel, which could deadlock on them.
 */
@Configuration(proxyBeanMethods = false)
class AgingSequencing {

    @Autowired
    void sequential(EventProcessingConfigurer processing) {
        processing.registerSequencingPolicy(AgingProjection.GROUP, configuration -> new SequentialPolicy());
    }
}
