package se.valedger.boot;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.app.ProcessorSettings;

/**
 * Processing groups in {@code valedger.processors.no-skip-groups} neither skip (Axon's default: log and
 * move on, committing whatever the handler did before it threw) nor park a failing event: the error
 * rolls the whole batch back and the processor retries it with back-off. For handlers that send commands
 * in the event's transaction (renewal-execution renews the pipe, then marks the item dispatched), where
 * committing half of it, or parking it, would leave the plan saying "dispatched" for a pipe never renewed.
 */
@Configuration(proxyBeanMethods = false)
class NoSkipConfig {

    @Bean
    ConfigurerModule noSkipGroups(ProcessorSettings settings) {
        return configurer -> settings.noSkipGroups().forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }
}
