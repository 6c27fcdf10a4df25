package se.valedger.http.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

@IntegrationTest
class NodesAndValvesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    String pipe(String id, String start, String end) {
        var r = admin.post("/api/pipes", PipeJson.pipe(id).material("PVC").diameter(160).length(80).laid(1995)
                .with("startNode", start).with("endNode", end).json());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.header("X-Event-Position");
    }

    @Test
    void aNodeIsRegisteredWithItsKindAndPositionAndReadBackAsASourceWhenItIsATank() {
        var r = admin.post("/api/nodes", """
                {"id":"NV-T1","kind":"TANK","position":{"crs":"EPSG:3006","x":492000.0,"y":6995000.0},"name":"Vattentornet"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/nodes/NV-T1");
        var node = admin.get("/api/nodes/NV-T1?minPosition=" + r.header("X-Event-Position")).json();
        assertThat(node.get("kind").asText()).isEqualTo("TANK");
        assertThat(node.get("source").asBoolean()).isTrue();
        assertThat(node.at("/position/x").asDouble()).isEqualTo(492000.0);
        assertThat(admin.get("/api/nodes?kind=TANK").json().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(admin.post("/api/nodes", """
                {"id":"NV-T1","kind":"TANK","position":{"crs":"EPSG:3006","x":492000.0,"y":6995000.0}}""").status())
                .as("the same id twice").isEqualTo(409);
    }

    @Test
    void aNodeWithoutAPositionOrOutsideSwedenIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = events();
        var none = admin.post("/api/nodes", "{\"id\":\"NV-NOPOS\",\"kind\":\"JUNCTION\"}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("field").asText()).isEqualTo("position");
        var far = admin.post("/api/nodes", """
                {"id":"NV-FAR","kind":"JUNCTION","position":{"crs":"EPSG:3006","x":6995000.0,"y":492000.0}}""");
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.body()).contains("swapped");
        var kind = admin.post("/api/nodes", """
                {"id":"NV-K","kind":"VOLCANO","position":{"crs":"EPSG:3006","x":492000.0,"y":6995000.0}}""");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aValveOnAnUnknownPipeOnANodeAloneOrAtANodeThatIsNoEndOfItsPipeIsRefusedAndNothingIsStored() {
        String caughtUp = pipe("NV-P1", "NA", "NB");
        admin.get("/api/pipes/NV-P1?minPosition=" + caughtUp);
        long before = events();
        var unknown = admin.post("/api/valves", "{\"id\":\"NV-V0\",\"pipeId\":\"NV-NONE\",\"nodeId\":\"NA\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("pipeId");
        var alone = admin.post("/api/valves", "{\"id\":\"NV-V0\",\"nodeId\":\"NA\"}");
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.body()).contains("ambiguous");
        var notAnEnd = admin.post("/api/valves", "{\"id\":\"NV-V0\",\"pipeId\":\"NV-P1\",\"nodeId\":\"NC\"}");
        assertThat(notAnEnd.status()).isEqualTo(400);
        assertThat(notAnEnd.json().get("field").asText()).isEqualTo("nodeId");
        assertThat(notAnEnd.body()).contains("NA and NB");
        var size = admin.post("/api/valves", "{\"id\":\"NV-V0\",\"pipeId\":\"NV-P1\",\"nodeId\":\"NA\",\"diameterMm\":5}");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.json().get("field").asText()).isEqualTo("diameterMm");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void exercisingAValveKeepsItsHistoryABrokenOutcomeMarksItBrokenAndTheOverdueListNamesTheValvesDue() {
        String caughtUp = pipe("NV-P2", "NC", "ND");
        admin.get("/api/pipes/NV-P2?minPosition=" + caughtUp);
        for (String id : new String[] {"NV-V1", "NV-V2", "NV-V3"}) {
            var r = admin.post("/api/valves", "{\"id\":\"" + id + "\",\"pipeId\":\"NV-P2\",\"nodeId\":\"NC\",\"status\":\"OPEN\","
                    + "\"diameterMm\":150}");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        assertThat(admin.post("/api/valves/NV-V1/exercises", """
                {"date":"%s","turns":42,"outcome":"OK","crew":"Lag 3"}""".formatted(today.minusYears(5))).status())
                .isEqualTo(202);
        assertThat(admin.post("/api/valves/NV-V2/exercises", """
                {"date":"%s","turns":40,"outcome":"OK"}""".formatted(today.minusMonths(2))).status()).isEqualTo(202);
        var broken = admin.post("/api/valves/NV-V2/exercises", """
                {"date":"%s","turns":3,"outcome":"BROKEN","note":"spindle sheared"}""".formatted(today));
        assertThat(broken.status()).isEqualTo(202);

        var v2 = admin.get("/api/valves/NV-V2?minPosition=" + broken.header("X-Event-Position")).json();
        assertThat(v2.get("status").asText()).isEqualTo("BROKEN");
        assertThat(v2.get("exercises")).hasSize(2);
        assertThat(v2.at("/exercises/0/outcome").asText()).isEqualTo("BROKEN");
        assertThat(v2.at("/exercises/0/note").asText()).isEqualTo("spindle sheared");
        assertThat(v2.get("overdue").asBoolean()).isFalse();
        assertThat(v2.get("nextExerciseDue").asText()).isEqualTo(today.plusYears(3).toString());
        assertThat(v2.get("exerciseIntervalAssumed").asText()).contains("ASSUMED").contains("valve-exercise-interval");

        var overdue = admin.get("/api/valves?overdue=true&pipeId=NV-P2").json();
        assertThat(overdue.get("total").asInt()).isEqualTo(2);
        assertThat(overdue.at("/items/0/valveId").asText()).as("never exercised comes first").isEqualTo("NV-V3");
        assertThat(overdue.at("/items/1/valveId").asText()).isEqualTo("NV-V1");
        assertThat(overdue.get("exerciseInterval").asText()).isEqualTo("P3Y");
    }

    @Test
    void anExerciseInTheFutureWithoutOutcomeOrOnAnUnknownValveIsRefused() {
        long before = events();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(2);
        assertThat(admin.post("/api/valves/NV-NONE/exercises", "{\"date\":\"2026-01-01\",\"outcome\":\"OK\"}").status())
                .isEqualTo(404);
        String caughtUp = pipe("NV-P3", "NE", "NF");
        admin.get("/api/pipes/NV-P3?minPosition=" + caughtUp);
        assertThat(admin.post("/api/valves", "{\"id\":\"NV-V9\",\"pipeId\":\"NV-P3\",\"nodeId\":\"NE\"}").status()).isEqualTo(201);
        long registered = events();
        var future = admin.post("/api/valves/NV-V9/exercises", "{\"date\":\"" + tomorrow + "\",\"outcome\":\"OK\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("field").asText()).isEqualTo("date");
        var noOutcome = admin.post("/api/valves/NV-V9/exercises", "{\"date\":\"2026-01-01\"}");
        assertThat(noOutcome.json().get("field").asText()).isEqualTo("outcome");
        assertThat(events()).isEqualTo(registered).isGreaterThan(before);
    }

    @Test
    void nodesAndValvesCsvImportReportEveryRefusedRowWithItsLineAndStoreTheRestOnceOnly() {
        String caughtUp = pipe("NV-P4", "CSV-A", "CSV-B");
        admin.get("/api/pipes/NV-P4?minPosition=" + caughtUp);
        String nodes = """
                id,kind,x,y,crs
                CSV-A,JUNCTION,492010,6995010,EPSG:3006
                CSV-B,brandpost,492020,6995020,
                CSV-C,JUNCTION,,6995030,EPSG:3006
                CSV-D,VOLCANO,492040,6995040,EPSG:3006
                CSV-A,JUNCTION,492010,6995010,EPSG:3006
                """;
        var report = admin.post("/api/imports/nodes?fileName=nodes.csv", "text/csv", nodes.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        var json = report.json();
        assertThat(json.get("rowsRead").asInt()).isEqualTo(5);
        assertThat(json.get("created").asInt()).isEqualTo(2);
        assertThat(json.get("rejected").asInt()).isEqualTo(3);
        assertThat(json.at("/errors/0/line").asInt()).isEqualTo(4);
        assertThat(json.at("/errors/0/field").asText()).isEqualTo("x");
        assertThat(json.at("/errors/1/field").asText()).isEqualTo("kind");
        assertThat(json.at("/errors/2/reason").asText()).contains("listed twice");
        var b = admin.get("/api/nodes/CSV-B?minPosition=" + report.header("X-Event-Position")).json();
        assertThat(b.get("kind").asText()).isEqualTo("HYDRANT");
        assertThat(admin.get("/api/nodes/CSV-C").status()).isEqualTo(404);
        var again = admin.post("/api/imports/nodes?fileName=nodes.csv", "text/csv", nodes.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.json().get("created").asInt()).isZero();

        String valves = """
                id;pipeId;nodeId;status;diameterMm
                CSV-V1;NV-P4;CSV-A;OPEN;160
                CSV-V2;NV-P4;CSV-B;;160
                CSV-V3;NV-NONE;CSV-A;OPEN;160
                CSV-V4;;CSV-A;OPEN;160
                CSV-V5;NV-P4;CSV-A;STUCK;160
                """;
        var v = admin.post("/api/imports/valves?fileName=valves.csv", "text/csv", valves.getBytes(StandardCharsets.UTF_8));
        assertThat(v.status()).as(v.body()).isEqualTo(200);
        var vj = v.json();
        assertThat(vj.get("created").asInt()).isEqualTo(2);
        assertThat(vj.get("rejected").asInt()).isEqualTo(3);
        assertThat(vj.at("/errors/0/field").asText()).isEqualTo("pipeId");
        assertThat(vj.at("/errors/1/reason").asText()).contains("ambiguous");
        assertThat(vj.at("/errors/2/field").asText()).isEqualTo("status");
        assertThat(vj.at("/notes/0/reason").asText()).contains("UNKNOWN");
        var v2 = admin.get("/api/valves/CSV-V2?minPosition=" + v.header("X-Event-Position")).json();
        assertThat(v2.get("status").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void aNodesFileWithoutThePositionColumnsIsRefusedWholeWithItsHeaderLine() {
        long before = events();
        var r = admin.post("/api/imports/nodes", "text/csv", "id,kind\nX1,JUNCTION\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("x").contains("y");
        assertThat(events()).isEqualTo(before);
    }
}
