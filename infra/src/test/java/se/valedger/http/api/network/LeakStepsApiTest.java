package se.valedger.http.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/**
 * A leak handled as the crew handles it (issue 20): isolate (from the network's analysis), temporary repair, hygiene,
 * surface restoration, the on-call crew's confirm-and-repair; each step an event with its time, audited.
 * Network: reservoir LS-R -- LS-P1 -- LS-J1 -- LS-P2 -- LS-J2, valve LS-V1 on LS-P2 at LS-J1, 12 households at LS-J2.
 */
@IntegrationTest
class LeakStepsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;
    static boolean built;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
        if (!built) {
            node("LS-R", "RESERVOIR");
            node("LS-J1", "JUNCTION");
            node("LS-J2", "JUNCTION");
            pipe("LS-P1", "LS-R", "LS-J1");
            String at = pipe("LS-P2", "LS-J1", "LS-J2");
            admin.get("/api/pipes/LS-P2?minPosition=" + at);
            assertThat(admin.post("/api/valves", "{\"id\":\"LS-V1\",\"pipeId\":\"LS-P2\",\"nodeId\":\"LS-J1\",\"status\":\"OPEN\"}")
                    .status()).isEqualTo(201);
            var c = admin.post("/api/service-connections", "{\"connectionId\":\"LS-C1\",\"nodeId\":\"LS-J2\",\"households\":12}");
            admin.get("/api/pipes/LS-P2/isolation?minPosition=" + c.header("X-Event-Position"));
            built = true;
        }
    }

    void node(String id, String kind) {
        assertThat(admin.post("/api/nodes", """
                {"id":"%s","kind":"%s","position":{"crs":"EPSG:3006","x":492000.0,"y":6995000.0}}""".formatted(id, kind))
                .status()).isEqualTo(201);
    }

    String pipe(String id, String start, String end) {
        var r = admin.post("/api/pipes", PipeJson.pipe(id).material("GREY_CAST_IRON").diameter(150).length(120).laid(1962)
                .with("startNode", start).with("endNode", end).json());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.header("X-Event-Position");
    }

    String report(Instant at) {
        var r = admin.post("/api/leaks", """
                {"pipeId":"LS-P2","kind":"BURST","severity":"HIGH","reportedAt":"%s"}""".formatted(at));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    Api.Response act(String id, String step, String body) {
        return admin.post("/api/leaks/" + id + "/" + step, body);
    }

    @Test
    void aBurstIsIsolatedByTheAnalysisValvesClampedRepairedFlushedSampledAndTheStreetRestoredEachStepAnEvent() {
        Instant reported = Instant.now().minus(10, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String id = report(reported);
        assertThat(act(id, "confirm", "{}").status()).isEqualTo(202);
        var isolated = act(id, "isolate", """
                {"isolatedAt":"%s","supplyRestoredAt":"%s"}""".formatted(reported.plusSeconds(3600), reported.plusSeconds(3 * 3600)));
        assertThat(isolated.status()).as(isolated.body()).isEqualTo(202);
        assertThat(act(id, "temporary-repair", "{\"method\":\"CLAMP\",\"repairedAt\":\"" + reported.plusSeconds(7200) + "\"}")
                .status()).isEqualTo(202);
        assertThat(act(id, "schedule-repair", "{\"scheduledFor\":\"" + reported.plusSeconds(4 * 3600) + "\"}").status())
                .isEqualTo(202);
        assertThat(act(id, "repair", """
                {"repairedAt":"%s","method":"SECTION_REPLACED","repairHours":3,"cause":"CORROSION_HOLE"}"""
                .formatted(reported.plusSeconds(5 * 3600))).status()).isEqualTo(202);
        var hygiene = act(id, "hygiene", """
                {"flushed":true,"disinfected":true,"sampleTaken":true,"boilWaterNoticeIssuedAt":"%s",
                 "boilWaterNoticeLiftedAt":"%s"}""".formatted(reported.plusSeconds(3600), reported.plusSeconds(6 * 3600)));
        assertThat(hygiene.status()).as(hygiene.body()).isEqualTo(202);
        var restored = act(id, "restore-surface", "{\"note\":\"asphalt laid\"}");
        assertThat(restored.status()).as(restored.body()).isEqualTo(202);

        var leak = admin.get("/api/leaks/" + id + "?minPosition=" + restored.header("X-Event-Position")).json();
        var steps = leak.get("steps");
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0).get("step").asText()).isEqualTo("isolate");
        assertThat(steps.get(0).at("/facts/valvesClosed/0").asText()).isEqualTo("LS-V1");
        assertThat(steps.get(0).at("/facts/fromAnalysis").asBoolean()).isTrue();
        assertThat(steps.get(0).at("/facts/customersWithoutWater").asInt()).isEqualTo(12);
        assertThat(steps.get(0).at("/facts/interruptionCustomerMinutes").asLong()).isEqualTo(12 * 120);
        assertThat(steps.get(1).get("step").asText()).isEqualTo("temporary-repair");
        assertThat(steps.get(2).at("/facts/sampleResult").asText()).as("a sample without result awaits the lab")
                .isEqualTo("PENDING");
        assertThat(steps.get(3).get("step").asText()).isEqualTo("restore-surface");
        assertThat(leak.get("status").asText()).isEqualTo("REPAIRED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE type = 'IsolateLeak' AND outcome = 'ACCEPTED'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void stepsOutOfOrderOrTwiceAreRefusedByTheRuleAndNothingIsStored() {
        String id = report(Instant.now().minus(2, ChronoUnit.HOURS));
        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        var early = act(id, "isolate", "{\"valvesClosed\":[\"LS-V1\"]}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("LeakStepsFollowTheWork");
        assertThat(act(id, "restore-surface", "{}").status()).isEqualTo(409);
        assertThat(act(id, "hygiene", "{}").status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(before);
        assertThat(act(id, "confirm", "{}").status()).isEqualTo(202);
        assertThat(act(id, "isolate", "{\"valvesClosed\":[\"LS-V1\"],\"customersWithoutWater\":12}").status()).isEqualTo(202);
        assertThat(act(id, "isolate", "{\"valvesClosed\":[\"LS-V1\"]}").status()).as("once").isEqualTo(409);
        var lifted = act(id, "hygiene", """
                {"boilWaterNoticeIssuedAt":"%s","boilWaterNoticeLiftedAt":"%s"}"""
                .formatted(Instant.now().minusSeconds(600), Instant.now().minusSeconds(1200)));
        assertThat(lifted.status()).isEqualTo(400);
        assertThat(lifted.json().get("field").asText()).isEqualTo("boilWaterNoticeLiftedAt");
        assertThat(act(id, "temporary-repair", "{}").json().get("field").asText()).isEqualTo("method");
        assertThat(act(id, "confirm-and-repair", "{\"method\":\"CLAMP\",\"repairHours\":1}").status())
                .as("only a leak just reported").isEqualTo(409);
    }

    @Test
    void theOnCallCrewConfirmsAndRepairsInOneStepAndThePipesFailureHistoryHasIt() {
        String id = report(Instant.now().minus(3, ChronoUnit.HOURS));
        var done = act(id, "confirm-and-repair", """
                {"method":"CLAMP","repairHours":1.5,"cause":"CORROSION_HOLE","note":"found on call"}""");
        assertThat(done.status()).as(done.body()).isEqualTo(202);
        var leak = admin.get("/api/leaks/" + id + "?minPosition=" + done.header("X-Event-Position")).json();
        assertThat(leak.get("status").asText()).isEqualTo("REPAIRED");
        assertThat(leak.get("confirmedAt").isNull()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM leaks.pipe_failure WHERE leak_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(act(id, "close", "{}").status()).isEqualTo(202);
    }

    @Test
    void anIsolationWithoutValvesOnALeakWithoutAPipeIsRefusedNamingValvesClosed() {
        var r = admin.post("/api/leaks", """
                {"kind":"LEAK","severity":"LOW","position":{"crs":"EPSG:3006","x":492050.0,"y":6995030.0}}""");
        String id = r.json().get("id").asText();
        assertThat(act(id, "confirm", "{}").status()).isEqualTo(202);
        admin.get("/api/leaks/" + id + "?minPosition=" + r.header("X-Event-Position"));
        var refused = act(id, "isolate", "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("valvesClosed");
    }

    @Test
    void ourRepairTimesAreComparedWithCareWsMeanTimeToRepairPerSizeBandNotUsedAsDueDates() {
        var p = admin.post("/api/pipes", PipeJson.pipe("LS-M").material("DUCTILE_IRON").diameter(350).length(200).laid(1980)
                .json());
        admin.get("/api/pipes/LS-M?minPosition=" + p.header("X-Event-Position"));
        String last = null;
        for (double hours : new double[] {10, 30}) {
            var r = admin.post("/api/leaks", "{\"pipeId\":\"LS-M\",\"kind\":\"BURST\",\"severity\":\"HIGH\",\"reportedAt\":\""
                    + Instant.now().minus(2, ChronoUnit.DAYS) + "\"}");
            String id = r.json().get("id").asText();
            var done = act(id, "confirm-and-repair", "{\"method\":\"SLEEVE\",\"repairHours\":" + hours + "}");
            assertThat(done.status()).as(done.body()).isEqualTo(202);
            last = done.header("X-Event-Position");
        }
        var times = admin.get("/api/leaks/repair-times?minPosition=" + last).json();
        var medium = times.at("/bands/1");
        assertThat(medium.get("band").asText()).isEqualTo("medium");
        assertThat(medium.get("careWMeanHours").asDouble()).isEqualTo(16.0);
        assertThat(medium.get("repairs").asLong()).isEqualTo(2);
        assertThat(medium.get("ourMeanHours").asDouble()).isEqualTo(20.0);
        assertThat(medium.get("ourMedianHours").asDouble()).isEqualTo(20.0);
        assertThat(medium.get("shareWithinCareWMean").asDouble()).isEqualTo(0.5);
        assertThat(times.at("/bands/2/repairs").asLong()).as("no large pipe repaired").isZero();
        assertThat(times.at("/bands/2/ourMeanHours").asText("absent")).as("no mean without repairs").isIn("absent", "null");
    }
}
