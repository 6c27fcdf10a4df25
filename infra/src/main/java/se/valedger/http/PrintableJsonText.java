package se.valedger.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.kernel.TextMustBePrintable;

/**
 * {@link TextMustBePrintable} on every text value of every JSON body, lists included. A Jackson module
 * bean, so Spring Boot installs it on the web ObjectMapper only; Axon's serializers use
 * {@code StoredJson.mapper()}, which must keep reading every stored event as it was written.
 */
@Configuration(proxyBeanMethods = false)
public class PrintableJsonText {

    @Bean
    Module printableJsonTextModule() {
        return new SimpleModule("printable-json-text").addDeserializer(String.class, new PrintableStringDeserializer());
    }

    /** A JSON value refused by one of our rules (unprintable text, a time out of range); Jackson adds the JSON path as it unwinds. */
    public static final class RefusedValue extends JsonMappingException {

        public RefusedValue(JsonParser parser, String reason) {
            super(parser, reason);
        }

        public String reason() {
            return getOriginalMessage();
        }
    }

    static final class PrintableStringDeserializer extends StdScalarDeserializer<String> {

        PrintableStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String problem = TextMustBePrintable.problemIn(value);
            if (problem != null) {
                throw new RefusedValue(parser, problem);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }
}
