package se.valedger.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.kernel.InvalidInput;

/**
 * {@link TimeParametersMustBeInRange} for instants and dates inside JSON bodies too: Jackson reads
 * {@code "+999999-01-01T00:00:00Z"}, which no {@code timestamptz} column can hold, so every read model
 * writing it would fail. Parsing itself stays Jackson's; on the web ObjectMapper only, like {@link PrintableJsonText}.
 */
@Configuration(proxyBeanMethods = false)
public class JsonTimesMustBeInRange {

    @Bean
    Module jsonTimesInRangeModule() {
        return new SimpleModule("json-times-in-range")
                .addDeserializer(Instant.class, new Bounded<>(InstantDeserializer.INSTANT, TimeParametersMustBeInRange::inRange))
                .addDeserializer(LocalDate.class, new Bounded<>(LocalDateDeserializer.INSTANCE, TimeParametersMustBeInRange::inRange));
    }

    interface Range<T> {
        T check(String field, T value);
    }

    static final class Bounded<T> extends JsonDeserializer<T> {

        private final JsonDeserializer<T> jackson;
        private final Range<T> range;

        Bounded(JsonDeserializer<T> jackson, Range<T> range) {
            this.jackson = jackson;
            this.range = range;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = jackson.deserialize(parser, context);
            try {
                return range.check(parser.currentName(), value);
            } catch (InvalidInput e) {
                throw new PrintableJsonText.RefusedValue(parser, e.reason());
            }
        }

        @Override
        public Class<?> handledType() {
            return jackson.handledType();
        }
    }
}
