package se.valedger.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import se.valedger.app.StoredJson;

/**
 * Jackson for every Axon serializer, on an ObjectMapper of our own. Axon would otherwise take
 * the web layer's mapper, and a {@code spring.jackson.*} setting would silently change what is
 * written to the event store for ever.
 */
@Configuration(proxyBeanMethods = false)
public class Serialization {

    /** The one mapper that writes stored messages: {@link StoredJson}. */
    public static ObjectMapper storageObjectMapper() {
        return StoredJson.mapper();
    }

    private static JacksonSerializer jackson(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(storageObjectMapper())
                .revisionResolver(revisionResolver)
                .build();
    }

    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }
}
