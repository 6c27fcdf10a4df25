package se.valedger.http.api.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.pipe.InspectionLogged;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeRenewed;
import se.valedger.pipe.RenewalMethod;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * The backlog built event by event while the commands come in, then rebuilt from the log, where one processor
 * batch holds every event of each pipe: the two must be the same, row for row and score for score. One segment, so
 * that the rebuild handles a pipe's inspections, the leak that broke it and the plan that names it in the order they
 * happened; with two, a pipe's events and a leak's are replayed side by side, in either order.
 */
@IntegrationTest
@TestPropertySource(properties = "valedger.processors.initial-segment-count=1")
class BacklogRebuildTest {

    static final int THIS_YEAR = Year.now().getValue();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    Api admin;

    @Test
    void aRebuildWithEachPipeInOneBatchGivesTheBacklogTheEventsMadeOneByOne() {
        admin = Api.at(port, "admin", "admin-password");
        for (String pipe : List.of("RB-1", "RB-2", "RB-3", "RB-4", "RB-5", "RB-6", "RB-7", "RB-8")) {
            awaited(admin.post("/api/pipes", """
                    {"id":"%s","networkKind":"WASTEWATER","material":"CONCRETE","diameterMm":300,"lengthM":500,
                     "installationYear":1970,"district":"Odensala","consequenceClass":2}""".formatted(pipe)));
        }
        String oldest = inspect("RB-1", THIS_YEAR - 5, 3);
        String older = inspect("RB-1", THIS_YEAR - 4, 4);
        String newest = inspect("RB-1", THIS_YEAR - 2, 4);
        String lastBad = inspect("RB-2", THIS_YEAR - 3, 4);
        inspect("RB-2", THIS_YEAR - 2, 2);
        String standing = inspect("RB-3", THIS_YEAR - 2, 3);
        String lateEntered = inspect("RB-3", THIS_YEAR - 4, 4);
        String beforeRenewal = inspect("RB-4", THIS_YEAR - 3, 4);
        awaited(admin.post("/api/pipes/RB-4/renewals", """
                {"material":"PE","year":%d,"method":"RELINING","diameterMm":280}""".formatted(THIS_YEAR - 1)));
        String ofTheOldPipe = inspect("RB-4", THIS_YEAR - 2, 4);
        String ofTheNewPipe = inspect("RB-4", THIS_YEAR, 3);
        String corrected = inspect("RB-5", THIS_YEAR - 1, 3);
        awaited(admin.post("/api/pipes/RB-5/corrections", """
                {"consequenceClass":5,"district":"Lugnvik","reason":"class from the new criticality map"}"""));
        String broken = inspect("RB-6", THIS_YEAR - 1, 4);
        String repaired = leak("RB-6");
        awaited(admin.post("/api/leaks/" + repaired + "/confirm", "{}"));
        awaited(admin.post("/api/leaks/" + repaired + "/schedule-repair", "{\"scheduledFor\":\"" + Instant.now() + "\"}"));
        awaited(admin.post("/api/leaks/" + repaired + "/repair",
                "{\"method\":\"CLAMP\",\"repairHours\":3,\"cause\":\"JOINT_FAILURE\"}"));
        String open = leak("RB-2");
        String dismissed = inspect("RB-8", THIS_YEAR - 1, 4);
        awaited(admin.post("/api/pipes/RB-8/decommission", "{\"reason\":\"replaced by RB-7\"}"));
        String plan = approvedPlan("RB-1", "RB-7");
        // a pipe whose registration the backlog never saw (as after a dead letter was evicted)
        String unregisteredOlder = stored("RB-9", 1, inspection("RB-9", THIS_YEAR - 3, 4));
        String unregisteredNewer = stored("RB-9", 2, inspection("RB-9", THIS_YEAR - 2, 3));
        String unregisteredOther = stored("RB-10", 1, inspection("RB-10", THIS_YEAR - 2, 4));
        stored("RB-10", 2, new PipeRenewed("RB-10", Material.CONCRETE, 1970, Material.PE, THIS_YEAR - 1,
                RenewalMethod.RELINING, null, 280, NetworkKind.WASTEWATER, 500));

        Map<String, String> expected = new java.util.TreeMap<>();
        expected.put("inspection:" + newest, "OPEN");
        expected.put("inspection:" + older, "SUPERSEDED");
        expected.put("inspection:" + oldest, "SUPERSEDED");
        expected.put("inspection:" + lastBad, "SUPERSEDED");
        expected.put("inspection:" + standing, "OPEN");
        expected.put("inspection:" + beforeRenewal, "DONE");
        expected.put("inspection:" + ofTheNewPipe, "OPEN");
        expected.put("inspection:" + corrected, "OPEN");
        expected.put("inspection:" + broken, "OPEN");
        expected.put("inspection:" + dismissed, "DISMISSED");
        expected.put("leak:" + repaired, "DONE");
        expected.put("leak:" + open, "OPEN");
        expected.put("renewal-plan:" + plan + "/RB-1", "OPEN");
        expected.put("renewal-plan:" + plan + "/RB-7", "OPEN");
        expected.put("inspection:" + unregisteredOlder, "SUPERSEDED");
        expected.put("inspection:" + unregisteredNewer, "OPEN");
        expected.put("inspection:" + unregisteredOther, "DONE");
        assertThat(statuses()).as("built event by event").isEqualTo(expected);
        assertThat(expected).doesNotContainKeys("inspection:" + lateEntered, "inspection:" + ofTheOldPipe);
        List<Map<String, Object>> items = rows("SELECT item_id, source, source_id, pipe_id, status, network_kind, district,"
                + " grade, found_on, due_at, likelihood, consequence, risk, risk_version, explanation::text FROM backlog.item");
        List<Map<String, Object>> pipes = rows("SELECT * FROM backlog.pipe");
        assertThat(value("SELECT grade FROM backlog.item WHERE item_id = ?", "renewal-plan:" + plan + "/RB-1")).isEqualTo(4);
        assertThat(value("SELECT grade FROM backlog.item WHERE item_id = ?", "renewal-plan:" + plan + "/RB-7")).isNull();
        assertThat(factor("inspection:" + broken, "break history")).isEqualTo("1 break of the pipe itself in 10 years");
        assertThat(factor("inspection:" + corrected, "consequence class")).isEqualTo("class 5");
        assertThat(value("SELECT district FROM backlog.item WHERE item_id = ?", "inspection:" + corrected)).isEqualTo("Lugnvik");
        assertThat(factor("inspection:" + ofTheNewPipe, "age vs service life")).startsWith("1 of ");

        var rebuild = admin.post("/api/admin/projections/backlog/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        awaitRebuilt();

        assertThat(statuses()).as("rebuilt").isEqualTo(expected);
        assertThat(rows("SELECT item_id, source, source_id, pipe_id, status, network_kind, district, grade, found_on,"
                + " due_at, likelihood, consequence, risk, risk_version, explanation::text FROM backlog.item"))
                .isEqualTo(items);
        assertThat(rows("SELECT * FROM backlog.pipe")).isEqualTo(pipes);
    }

    String inspect(String pipeId, int year, int grade) {
        LocalDate date = year == THIS_YEAR ? LocalDate.now().minusDays(1) : LocalDate.of(year, 5, 20);
        var r = admin.post("/api/pipes/" + pipeId + "/inspections", """
                {"date":"%s","inspector":"E. Ek","method":"CCTV","grade":%d}""".formatted(date, grade));
        awaited(r);
        return r.json().get("inspectionId").asText();
    }

    InspectionLogged inspection(String pipeId, int year, int grade) {
        return new InspectionLogged(pipeId, UUID.randomUUID().toString(), LocalDate.of(year, 5, 20), "E. Ek",
                InspectionMethod.CCTV, grade, null);
    }

    /** Appends an event to the log as the application would, but for a pipe not registered there; answers its id. */
    String stored(String pipeId, long sequence, Object event) {
        String aggregateType = jdbc.queryForObject(
                "SELECT type FROM event_store.domain_event WHERE aggregate_identifier = 'RB-1' LIMIT 1", String.class);
        SerializedObject<byte[]> payload = eventSerializer.serialize(event, byte[].class);
        jdbc.update("""
                INSERT INTO event_store.domain_event (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                pipeId, sequence, aggregateType, UUID.randomUUID().toString(),
                eventSerializer.serialize(MetaData.emptyInstance(), byte[].class).getData(), payload.getData(),
                payload.getType().getRevision(), payload.getType().getName(), DateTimeUtils.formatInstant(Instant.now()));
        awaitBacklog();
        return event instanceof InspectionLogged inspection ? inspection.inspectionId() : null;
    }

    String leak(String pipeId) {
        var r = admin.post("/api/leaks", """
                {"pipeId":"%s","kind":"BURST","severity":"HIGH","reportedAt":"%s"}"""
                .formatted(pipeId, Instant.now().minus(1, ChronoUnit.HOURS)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        awaitBacklog();
        return r.json().get("id").asText();
    }

    String approvedPlan(String... pipeIds) {
        accounts.create("anna", "anna-password", EnumSet.of(Role.PLANNER));
        accounts.create("bertil", "bertil-password", EnumSet.of(Role.PLANNER));
        Api anna = Api.at(port, "anna", "anna-password");
        StringBuilder items = new StringBuilder();
        for (String pipeId : pipeIds) {
            items.append(items.isEmpty() ? "" : ",").append("{\"pipeId\":\"").append(pipeId).append("\"}");
        }
        var drafted = anna.post("/api/renewal-plans", """
                {"year":%d,"budgetSek":10000000,"items":[%s]}""".formatted(THIS_YEAR, items));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String plan = drafted.json().get("id").asText();
        awaited(anna.post("/api/renewal-plans/" + plan + "/submit", ""));
        awaited(Api.at(port, "bertil", "bertil-password").post("/api/renewal-plans/" + plan + "/approve", ""));
        return plan;
    }

    /** Waits for the backlog after each command, so that it handles the events one (or a few) at a time. */
    void awaited(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 202);
        awaitBacklog();
    }

    void awaitBacklog() {
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        assertThat(admin.get("/api/backlog?minPosition=" + head).status()).isEqualTo(200);
    }

    void awaitRebuilt() {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var progress = admin.get("/api/admin/projections/backlog").json();
            if (!progress.get("segmentsClaimedHere").isEmpty() && progress.get("percent").asInt() == 100
                    && !progress.get("replaying").asBoolean()) {
                awaitBacklog();
                return;
            }
            se.valedger.testing.AppProcess.sleep(100);
        }
        throw new AssertionError("the backlog was not rebuilt within 30 s");
    }

    Map<String, String> statuses() {
        Map<String, String> statuses = new java.util.TreeMap<>();
        jdbc.query("SELECT item_id, status FROM backlog.item", rs -> {
            statuses.put(rs.getString(1), rs.getString(2));
        });
        return statuses;
    }

    List<Map<String, Object>> rows(String select) {
        return jdbc.queryForList(select + " ORDER BY 1");
    }

    Object value(String select, String itemId) {
        return jdbc.queryForList(select, itemId).get(0).values().iterator().next();
    }

    String factor(String itemId, String name) {
        return jdbc.queryForObject("""
                SELECT f ->> 'value' FROM backlog.item, jsonb_array_elements(explanation) f
                WHERE item_id = ? AND f ->> 'name' = ?""", String.class, itemId, name);
    }
}
