package se.valedger.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.LogInspection;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.RegisterPipe;
import se.valedger.testing.IntegrationTest;

/** Web Jackson settings are changed here on purpose; what is stored must not notice. */
@IntegrationTest
@TestPropertySource(properties = {
        "spring.jackson.property-naming-strategy=SNAKE_CASE",
        "spring.jackson.serialization.write-dates-as-timestamps=true",
        "spring.jackson.serialization.indent-output=true"})
class StoredEventJsonTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper webObjectMapper;
    @Autowired
    Serializer generalSerializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    @Test
    void everyAxonSerializerIsJacksonOnAMapperOfItsOwnNotTheWebOne() {
        for (Serializer serializer : new Serializer[] {generalSerializer, eventSerializer, messageSerializer}) {
            assertThat(serializer).isInstanceOf(JacksonSerializer.class);
            assertThat(((JacksonSerializer) serializer).getObjectMapper()).isNotSameAs(webObjectMapper);
        }
    }

    @Test
    void storedPayloadsAreCompactCamelCaseJsonWithIsoDates() throws Exception {
        commands.sendAndWait(new RegisterPipe("VA-JSON", NetworkKind.WASTEWATER, Material.VITRIFIED_CLAY, 225, 48.0,
                1962, "Centrum", 4, null, null, null));
        commands.sendAndWait(new LogInspection("VA-JSON", "i-1", LocalDate.of(2026, 10, 5), "A. Berg",
                InspectionMethod.CCTV, 2, null));

        var rows = jdbc.queryForList("""
                SELECT payload_type, payload_revision, payload FROM event_store.domain_event
                WHERE aggregate_identifier = 'VA-JSON' ORDER BY sequence_number""");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("payload_type")).isEqualTo("se.valedger.pipe.PipeRegistered");
        assertThat(rows.get(0).get("payload_revision")).isEqualTo("2");
        String registered = new String((byte[]) rows.get(0).get("payload"), StandardCharsets.UTF_8);
        String inspected = new String((byte[]) rows.get(1).get("payload"), StandardCharsets.UTF_8);

        assertThat(registered).startsWith("{\"pipeId\":\"VA-JSON\",\"networkKind\":\"WASTEWATER\"")
                .contains("\"diameterMm\":225").doesNotContain("\n").doesNotContain("pipe_id");
        assertThat(inspected).contains("\"date\":\"2026-10-05\"");
    }
}
