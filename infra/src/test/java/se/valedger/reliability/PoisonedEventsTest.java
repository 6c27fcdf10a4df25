package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valedger.reliability.ProjectionAdminTest.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.leak.FailureCause;
import se.valedger.leak.HistoricLeakRecorded;
import se.valedger.leak.LeakKind;
import se.valedger.leak.LeakSeverity;
import se.valedger.leak.RepairMethod;
import se.valedger.pipe.FieldChange;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeCorrected;
import se.valedger.plant.BypassCause;
import se.valedger.plant.BypassRecorded;
import se.valedger.projection.ReadModel;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Events already in the log that a read model cannot store as they are (a NUL, a lone surrogate), and handlers
 * that fail for other reasons: no projection stalls, nothing is changed or dropped without a record.
 */
@IntegrationTest
@Import(WritingProbe.class)
@TestPropertySource(properties = {
        "valedger.processors.dead-letter-groups=pipe-register,leaks,backlog,network-aging,incident-register,"
                + "renewal-planning,plant-capacity,work-orders,zones,network," + WritingProbe.GROUP,
        "valedger.processors.initial-segment-count=1"})
class PoisonedEventsTest {

    static final String NUL = "\u0000";
    static final String REPLACED = "\uFFFD";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    List<ReadModel> readModels;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    @Test
    void storedEventsWithANulOrALoneSurrogateAreProjectedFromARecordedCopyLiveAndInARebuildOfEveryReadModel() {
        assertThat(admin.post("/api/pipes", IdempotencyTest.PIPE.formatted("NUL-1")).status()).isLessThan(300);
        assertThat(admin.post("/api/plants", """
                {"id":"nul-plant","name":"Test plant","permit":{"personEquivalents":1000,"designFlowM3PerDay":1000.0,
                 "validFrom":"2020-01-01","reference":"M 1-20"}}""").status()).isLessThan(300);
        assertThat(eventually(() -> !jdbc.queryForList("SELECT 1 FROM register.pipe WHERE pipe_id = 'NUL-1'").isEmpty()))
                .isTrue();

        PipeAttributes corrected = new PipeAttributes(NetworkKind.WASTEWATER, Material.PVC, 200, 80.0, 1990,
                "Norr" + NUL + "malm", 2, null, null, null);
        long correction = insert("NUL-1", new PipeCorrected("NUL-1",
                List.of(new FieldChange("district", "Lugnvik", "Norr" + NUL + "malm")), "typo", corrected), null);
        long leak = insert("NUL-LEAK", new HistoricLeakRecorded("NUL-LEAK", "test", "r-1", "NUL-1", LeakKind.BURST,
                LeakSeverity.LOW, null, "Storgatan" + NUL + " 1", LocalDate.of(2019, 3, 1), Material.PVC, 200, 1990,
                RepairMethod.CLAMP, 2.0, FailureCause.CIRCUMFERENTIAL_CRACK, "dug up"), "LeakReport");
        // Jackson stores a lone surrogate as a JSON escape and reads it back as that one char
        long bypass = insert("nul-plant", new BypassRecorded("nul-plant", "b-nul", Instant.parse("2024-04-20T03:00:00Z"),
                Instant.parse("2024-04-20T09:00:00Z"), 10.0, "inlet \ud800", BypassCause.RAIN, "Stor" + NUL + "sjön"),
                null);
        assertThat(admin.post("/api/pipes", IdempotencyTest.PIPE.formatted("AFTER-1")).status()).isLessThan(300);

        assertEveryReadModelReachesTheHeadOfTheLog();
        assertThat(jdbc.queryForList("SELECT 1 FROM register.pipe WHERE pipe_id = 'AFTER-1'")).as("later events arrive")
                .hasSize(1);
        assertProjectedCopiesCarryTheReplacement();
        assertThat(jdbc.queryForObject("SELECT ?::text", String.class, "inlet \ud800"))
                .as("what the driver would have stored unasked").isEqualTo("inlet ?");
        List<Map<String, Object>> recorded = jdbc.queryForList("""
                SELECT processing_group, field, global_index, replaced, times_seen FROM reliability.sanitised_field
                ORDER BY global_index, processing_group, field""");
        assertThat(recorded).extracting(row -> row.get("processing_group") + " " + row.get("global_index") + " "
                + row.get("field") + ": " + row.get("replaced")).contains(
                "pipe-register " + correction + " corrected.district: U+0000 at 4 replaced by U+FFFD",
                "pipe-register " + correction + " changes[0].newValue: U+0000 at 4 replaced by U+FFFD",
                "backlog " + correction + " corrected.district: U+0000 at 4 replaced by U+FFFD",
                "network-aging " + correction + " corrected.district: U+0000 at 4 replaced by U+FFFD",
                "leaks " + leak + " address: U+0000 at 9 replaced by U+FFFD",
                "plant-capacity " + bypass + " recipient: U+0000 at 4 replaced by U+FFFD",
                "plant-capacity " + bypass + " location: U+D800 at 6 replaced by U+FFFD");
        JsonNode listed = admin.get("/api/admin/sanitised-fields?group=leaks").json();
        assertThat(listed.get("size").asLong()).isEqualTo(1);
        assertThat(listed.at("/fields/0/eventType").asText()).isEqualTo("HistoricLeakRecorded");
        assertThat(listed.at("/fields/0/globalIndex").asLong()).isEqualTo(leak);
        assertThat(listed.at("/fields/0/field").asText()).isEqualTo("address");
        for (ReadModel model : readModels) {
            assertThat(admin.get("/api/admin/dead-letters/" + model.processingGroup()).json().get("size").asLong())
                    .as("nothing parked in %s", model.processingGroup()).isZero();
        }
        String stored = new String(jdbc.queryForObject("SELECT payload FROM event_store.domain_event WHERE global_index = ?",
                byte[].class, correction), StandardCharsets.UTF_8);
        assertThat(stored).as("the log keeps the original").contains("Norr\\u0000malm");
        assertThat(new String(jdbc.queryForObject("SELECT payload FROM event_store.domain_event WHERE global_index = ?",
                byte[].class, bypass), StandardCharsets.UTF_8)).contains("inlet \\uD800");

        for (ReadModel model : readModels) {
            var rebuild = admin.post("/api/admin/projections/" + model.processingGroup() + "/rebuild", "");
            assertThat(rebuild.status()).as(model.processingGroup() + " " + rebuild.body()).isEqualTo(202);
        }
        assertEveryReadModelReachesTheHeadOfTheLog();
        assertThat(eventually(() -> {
            JsonNode progress = admin.get("/api/admin/projections").json();
            for (JsonNode processor : progress) {
                if (processor.get("replaying").asBoolean() || processor.get("percent").asInt() < 100) {
                    return false;
                }
            }
            return true;
        })).as("every rebuild finishes").isTrue();
        assertProjectedCopiesCarryTheReplacement();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reliability.sanitised_field WHERE times_seen < 2", Long.class))
                .as("each replaced field seen again in the rebuild, recorded once").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reliability.sanitised_field", Long.class))
                .isEqualTo(recorded.size());
    }

    private void assertProjectedCopiesCarryTheReplacement() {
        assertThat(jdbc.queryForObject("SELECT district FROM register.pipe WHERE pipe_id = 'NUL-1'", String.class))
                .isEqualTo("Norr" + REPLACED + "malm");
        assertThat(jdbc.queryForObject("SELECT district FROM backlog.pipe WHERE pipe_id = 'NUL-1'", String.class))
                .isEqualTo("Norr" + REPLACED + "malm");
        assertThat(jdbc.queryForObject("SELECT address FROM leaks.leak WHERE leak_id = 'NUL-LEAK'", String.class))
                .isEqualTo("Storgatan" + REPLACED + " 1");
        Map<String, Object> bypass = jdbc.queryForMap(
                "SELECT location, recipient FROM plant_capacity.bypass WHERE bypass_id = 'b-nul'");
        assertThat(bypass.get("recipient")).isEqualTo("Stor" + REPLACED + "sjön");
        assertThat(bypass.get("location")).isEqualTo("inlet " + REPLACED);
    }

    @Test
    void aHandlerThatFailsIsUndoneAndParkedWhileTheOtherEventsOfItsBatchAreAppliedRowByRow() {
        StreamingEventProcessor probe = stoppedProbe();
        for (String pipe : List.of("W-0", "W-1", "W-2", "W-3", "W-4")) {
            assertThat(admin.post("/api/pipes", IdempotencyTest.PIPE.formatted(pipe)).status()).isLessThan(300);
        }
        inspect("W-0", "SLOW 0");
        inspect("W-1", "ok 1");
        inspect("W-2", "FAIL-SQL 2");
        inspect("W-2", "after the failure 2");
        inspect("W-3", "FAIL-JAVA 3");
        inspect("W-4", "ok 4");
        WritingProbe.batchOf.clear();
        probe.start();

        long head = head();
        assertThat(eventually(() -> reached(probe, head))).as("the probe gets past both failures").isTrue();
        int batch = WritingProbe.batchOf.get("FAIL-SQL 2");
        assertThat(WritingProbe.batchOf).as("both failures in one batch behind the slow one").containsEntry("FAIL-JAVA 3", batch);
        assertThat(List.of("SLOW 0", "ok 1", "ok 4")).as("an applied event shares the failures' batch (how many do depends on timing)")
                .anyMatch(applied -> Integer.valueOf(batch).equals(WritingProbe.batchOf.get(applied)));
        assertThat(written("W-")).containsExactly(
                "W-0 SLOW 0 batched", "W-0 SLOW 0 direct", "W-1 ok 1 batched", "W-1 ok 1 direct",
                "W-4 ok 4 batched", "W-4 ok 4 direct");
        Map<String, List<String>> causes = parkedCauses("W-");
        assertThat(causes).containsOnlyKeys("W-2", "W-3");
        assertThat(causes.get("W-2")).hasSize(2);
        assertThat(causes.get("W-2").get(0)).contains("division by zero");
        assertThat(causes.get("W-3")).singleElement().asString().contains("probe cannot handle FAIL-JAVA 3");
    }

    @Test
    void aWriteThatFailsOnlyWhenTheBatchIsSentIsParkedWithItsEventOnTheReplayAndTheRestOfTheBatchIsApplied() {
        StreamingEventProcessor probe = stoppedProbe();
        for (String pipe : List.of("F-0", "F-1", "F-2", "F-3")) {
            assertThat(admin.post("/api/pipes", IdempotencyTest.PIPE.formatted(pipe)).status()).isLessThan(300);
        }
        inspect("F-0", "SLOW F0");
        inspect("F-1", "ok F1");
        inspect("F-2", "FAIL-FLUSH F2");
        inspect("F-2", "after the failure F2");
        inspect("F-3", "ok F3");
        inspect("F-1", "ok F1 again");
        probe.start();

        long head = head();
        assertThat(eventually(() -> reached(probe, head))).as("the probe gets past the failed batch").isTrue();
        assertThat(written("F-")).containsExactly(
                "F-0 SLOW F0 batched", "F-0 SLOW F0 direct", "F-1 ok F1 again batched", "F-1 ok F1 again direct",
                "F-1 ok F1 batched", "F-1 ok F1 direct", "F-3 ok F3 batched", "F-3 ok F3 direct");
        Map<String, List<String>> causes = parkedCauses("F-");
        assertThat(causes).containsOnlyKeys("F-2");
        assertThat(causes.get("F-2")).hasSize(2);
        assertThat(causes.get("F-2").get(0)).contains("written_check");
    }

    private StreamingEventProcessor stoppedProbe() {
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS probe");
        jdbc.execute("CREATE TABLE IF NOT EXISTS probe.written (pipe_id text, findings text, how text, "
                + "CHECK (how = 'direct' OR findings NOT LIKE 'FAIL-FLUSH%'))");
        StreamingEventProcessor probe = processing.eventProcessor(WritingProbe.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        probe.shutDown();
        return probe;
    }

    private List<String> written(String pipePrefix) {
        return jdbc.queryForList("SELECT pipe_id || ' ' || findings || ' ' || how FROM probe.written "
                + "WHERE pipe_id LIKE ? ORDER BY 1", String.class, pipePrefix + "%");
    }

    private Map<String, List<String>> parkedCauses(String pipePrefix) {
        Map<String, List<String>> causes = new java.util.TreeMap<>();
        for (JsonNode sequence : admin.get("/api/admin/dead-letters/" + WritingProbe.GROUP).json().get("sequences")) {
            for (JsonNode letter : sequence.get("letters")) {
                String pipe = letter.get("aggregateId").asText();
                if (pipe.startsWith(pipePrefix)) {
                    causes.computeIfAbsent(pipe, key -> new java.util.ArrayList<>())
                            .add(letter.path("cause").asText("(parked behind its sequence)"));
                }
            }
        }
        return causes;
    }

    private void inspect(String pipe, String findings) {
        var logged = admin.post("/api/pipes/" + pipe + "/inspections", IdempotencyTest.INSPECTION.formatted(findings));
        assertThat(logged.status()).as(logged.body()).isLessThan(300);
    }

    private void assertEveryReadModelReachesTheHeadOfTheLog() {
        long head = head();
        for (ReadModel model : readModels) {
            StreamingEventProcessor processor = processing.eventProcessor(model.processingGroup(),
                    StreamingEventProcessor.class).orElseThrow();
            assertThat(eventually(() -> reached(processor, head)))
                    .as("%s reaches %d: %s", model.processingGroup(), head, processor.processingStatus()).isTrue();
        }
    }

    private static boolean reached(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(segment -> !segment.isErrorState()
                && segment.getCurrentPosition().orElse(-1) >= head);
    }

    private long head() {
        return jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
    }

    /** Appends {@code payload} to its aggregate's stream as raw JSON, as an older version stored it. */
    private long insert(String aggregate, Object payload, String aggregateType) {
        Map<String, Object> last = jdbc.queryForList("""
                SELECT sequence_number, type FROM event_store.domain_event WHERE aggregate_identifier = ?
                ORDER BY sequence_number DESC LIMIT 1""", aggregate).stream().findFirst().orElse(Map.of());
        long sequence = last.isEmpty() ? 0 : ((Number) last.get("sequence_number")).longValue() + 1;
        String type = aggregateType != null ? aggregateType : (String) last.get("type");
        String json = new String(eventSerializer.serialize(payload, byte[].class).getData(), StandardCharsets.UTF_8);
        jdbc.update("""
                INSERT INTO event_store.domain_event (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, ?, ?, ?, ?, ?, '1', ?, ?)""",
                aggregate, sequence, type, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8), payload.getClass().getName(), Instant.now().toString());
        return jdbc.queryForObject("SELECT global_index FROM event_store.domain_event WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", Long.class, aggregate, sequence);
    }
}
