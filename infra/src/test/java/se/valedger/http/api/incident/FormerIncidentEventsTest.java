package se.valedger.http.api.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.incident.EssentialService;
import se.valedger.incident.IncidentDetected;
import se.valedger.incident.SignificanceCriterion;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Incidents recorded before revision 2 (impact + the NIS1 heuristic) still replay: aggregate, register, event store. */
@IntegrationTest
public class FormerIncidentEventsTest {

    /** A revision 1 detection as it was stored; {@code %s} is the incident id. */
    public static final String REVISION_1 = """
            {"incidentId":"%s","awareAt":"2025-06-01T08:00:00Z","description":"chlorine dosing PLC reprogrammed",
             "affectedServices":["drinking water"],"suspectedMalicious":true,"crossBorder":false,
             "impact":{"outageHours":3.0,"personsAffected":2500,"hospitalAffected":false,"scadaAffected":true},
             "significant":true,"significanceReasons":["outage of 3.0 h (>= 2 h) affecting 2500 persons (>= 2,000)",
             "the control systems (SCADA) were affected"],"recordedBy":"erik"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    long insertRevision1(String id, String json) {
        return insertRevision1(jdbc, id, json);
    }

    /** Stores {@code json} as the revision 1 {@link IncidentDetected} of incident {@code id}; answers its position. */
    public static long insertRevision1(JdbcTemplate jdbc, String id, String json) {
        return jdbc.queryForObject("""
                INSERT INTO event_store.domain_event (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, 0, 'Incident', ?, ?, ?, '1', ?, '2025-06-01T08:00:00Z') RETURNING global_index""", Long.class,
                id, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8),
                IncidentDetected.class.getName());
    }

    @Test
    void aRevisionOneDetectionIsReadAsRevisionTwoKeepingItsVerdictAndSayingWhereItCameFrom() {
        insertRevision1("INC-R1-A", REVISION_1.formatted("INC-R1-A"));

        List<Object> payloads = eventStore.readEvents("INC-R1-A").asStream().map(e -> (Object) e.getPayload()).toList();

        assertThat(payloads).singleElement().isInstanceOfSatisfying(IncidentDetected.class, event -> {
            assertThat(event.facts().supplyLostHours()).isEqualTo(3.0);
            assertThat(event.facts().personsAffected()).isEqualTo(2500);
            assertThat(event.facts().criticalCustomerAffected()).isFalse();
            assertThat(event.facts().otIntrusion()).isTrue();
            assertThat(event.facts().services()).isEmpty();
            assertThat(event.assessment().significant()).isTrue();
            assertThat(event.assessment().criteria()).containsExactly(
                    "assessed when recorded by the former NIS1 drinking-water heuristic: outage of 3.0 h (>= 2 h) affecting 2500 persons (>= 2,000)",
                    "assessed when recorded by the former NIS1 drinking-water heuristic: the control systems (SCADA) were affected");
            assertThat(event.assessment().basis()).contains("revision 1");
            assertThat(event.assessment().codedCriteria()).singleElement().satisfies(c -> {
                assertThat(c.code()).isEqualTo(SignificanceCriterion.FORMER_NIS1_HEURISTIC);
                assertThat(c.parameters()).containsEntry("significant", true).containsEntry("hasImpact", true)
                        .containsEntry("outageHours", 3.0).containsEntry("persons", 2500)
                        .containsEntry("hospital", false).containsEntry("scada", true);
                assertThat(c.text()).isEqualTo(String.join("; ", event.assessment().criteria()));
            });
            assertThat(event.assessment().likelyToAffectTheService()).isTrue();
            assertThat(event.clocksStartAt()).isEqualTo(Instant.parse("2025-06-01T08:00:00Z"));
        });
        assertThat(EssentialService.values()).hasSize(2);
    }

    @Test
    void aRevisionOneIncidentShowsInTheRegisterWithItsClocksAndTakesItsNextStep() {
        long position = insertRevision1("INC-R1-B", REVISION_1.formatted("INC-R1-B"));
        Api admin = Api.at(port, "admin", "admin-password");

        JsonNode incident = admin.get("/api/incidents/INC-R1-B?minPosition=" + position).json();
        assertThat(incident.get("significant").asBoolean()).as(incident.toString()).isTrue();
        assertThat(incident.get("clocksStartAt").asText()).isEqualTo("2025-06-01T08:00:00Z");
        assertThat(incident.at("/significanceCriteria/0/code").asText()).isEqualTo("FORMER_NIS1_HEURISTIC");
        assertThat(IncidentApiTest.clock(incident, "early-warning").get("dueAt").asText()).isEqualTo("2025-06-02T08:00:00Z");

        var early = admin.post("/api/incidents/INC-R1-B/early-warning",
                "{\"at\":\"2025-06-01T20:00:00Z\",\"report\":\"early warning to CERT-SE\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(202);
        JsonNode after = admin.get("/api/incidents/INC-R1-B?minPosition=" + early.header("X-Event-Position")).json();
        assertThat(IncidentApiTest.clock(after, "early-warning").get("state").asText()).isEqualTo("DONE");
    }

    @Test
    void aRevisionOneIncidentWithoutImpactReadsAsNotSignificantWithoutClocks() {
        long position = insertRevision1("INC-R1-C", """
                {"incidentId":"INC-R1-C","awareAt":"2025-06-01T08:00:00Z","description":"x","affectedServices":[],
                 "suspectedMalicious":false,"crossBorder":false,"impact":null,"significant":false,
                 "significanceReasons":["no impact given"],"recordedBy":"erik"}""");
        JsonNode incident = Api.at(port, "admin", "admin-password").get("/api/incidents/INC-R1-C?minPosition=" + position).json();
        assertThat(incident.get("significant").asBoolean()).isFalse();
        assertThat(incident.get("clocks")).isEmpty();
        assertThat(incident.get("status").asText()).isEqualTo("ASSESSED_NOT_SIGNIFICANT");
    }

    @Test
    void aDetectionRecordedBeforeTheCriteriaHadCodesKeepsItsSentencesAsRecordedText() {
        long position = jdbc.queryForObject("""
                INSERT INTO event_store.domain_event (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES ('INC-R2-A', 0, 'Incident', ?, ?, ?, '2', ?, '2026-01-20T08:00:00Z') RETURNING global_index""", Long.class,
                UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8), """
                {"incidentId":"INC-R2-A","awareAt":"2026-01-20T08:00:00Z","description":"UV stopped","affectedServices":[],
                 "suspectedMalicious":false,"crossBorder":false,"facts":{"services":["DRINKING_WATER"],"treatmentFailure":true},
                 "assessment":{"significant":true,"criteria":["treatment failed: has caused considerable damage"],
                 "assumed":[],"likelyToAffectTheService":true,"basis":"NIS2"},"clocksStartAt":"2026-01-20T08:00:00Z",
                 "recordedBy":"erik"}""".getBytes(StandardCharsets.UTF_8), IncidentDetected.class.getName());
        JsonNode incident = Api.at(port, "admin", "admin-password").get("/api/incidents/INC-R2-A?minPosition=" + position).json();
        assertThat(incident.at("/significanceCriteria/0/code").asText()).as(incident.toString()).isEqualTo("RECORDED_AS_TEXT");
        assertThat(incident.at("/significanceCriteria/0/parameters/text").asText())
                .isEqualTo("treatment failed: has caused considerable damage");
        assertThat(incident.at("/significanceReasons/0").asText()).isEqualTo("treatment failed: has caused considerable damage");
    }
}
