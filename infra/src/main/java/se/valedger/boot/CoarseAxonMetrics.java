package se.valedger.boot;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's Micrometer metrics for the buses only (commands, events published, queries: counts, timers,
 * capacity), not a timer, counter, capacity and latency gauge per event per processor, which cost a
 * measurable share of a replay's CPU. How far a processor has read is in its tokens (the admin API's
 * processor status). {@code valedger.metrics.per-processor=true} brings Axon's full set back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "valedger.metrics.per-processor", havingValue = "false", matchIfMissing = true)
class CoarseAxonMetrics {

    @Bean
    MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry registry) {
        return new MetricsConfigurerModule(registry) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(configuration -> (componentType, componentName) -> {
                    if (CommandBus.class.isAssignableFrom(componentType)
                            || EventBus.class.isAssignableFrom(componentType)
                            || QueryBus.class.isAssignableFrom(componentType)) {
                        @SuppressWarnings("unchecked")
                        MessageMonitor<Message<?>> monitor =
                                (MessageMonitor<Message<?>>) registry.registerComponent(componentType, componentName);
                        return monitor;
                    }
                    return NoOpMessageMonitor.instance();
                });
            }
        };
    }
}
