package se.valedger.boot;

import static se.valedger.app.MessageMetadata.AUTH_METHOD;
import static se.valedger.app.MessageMetadata.CAUSATION_ID;
import static se.valedger.app.MessageMetadata.CLIENT_ADDRESS;
import static se.valedger.app.MessageMetadata.CORRELATION_ID;
import static se.valedger.app.MessageMetadata.ROLES;
import static se.valedger.app.MessageMetadata.USER;
import static se.valedger.app.MessageMetadata.USER_AGENT;

import java.util.List;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Copies the {@link se.valedger.app.MessageMetadata} keys set at dispatch onto every message a command causes. */
@Configuration(proxyBeanMethods = false)
class MessageMetadataConfig {

    /**
     * Declaring any provider removes Axon's default origin provider, so it is declared here too,
     * keyed so that its "correlation" (the parent) is our causation and its "trace" our correlation.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return ReadModelCorrelation.outsideReadModels(new MessageOriginProvider(CAUSATION_ID, CORRELATION_ID));
    }

    @Bean
    CorrelationDataProvider actorProvider() {
        return ReadModelCorrelation.outsideReadModels(new SimpleCorrelationDataProvider(
                List.of(USER, ROLES, CLIENT_ADDRESS, USER_AGENT, AUTH_METHOD).toArray(String[]::new)));
    }
}
