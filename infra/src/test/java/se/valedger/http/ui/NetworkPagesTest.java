package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/** Issue 20's screens: the leak page's isolation, the valve page with its exercising, the crew's overdue list. */
@IntegrationTest
class NetworkPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    /** Reservoir UN-R -- UN-P1 -- UN-J1 -- UN-P2 -- UN-J2 (the school), valve UN-V1 on UN-P2 at UN-J1. */
    String build(Api admin) {
        for (String[] n : new String[][] {{"UN-R", "RESERVOIR"}, {"UN-J1", "JUNCTION"}, {"UN-J2", "JUNCTION"}}) {
            assertThat(admin.post("/api/nodes", """
                    {"id":"%s","kind":"%s","position":{"crs":"EPSG:3006","x":492000.0,"y":6995000.0}}""".formatted(n[0], n[1]))
                    .status()).isEqualTo(201);
        }
        admin.post("/api/pipes", PipeJson.pipe("UN-P1").material("PVC").diameter(160).length(50).laid(1990)
                .with("startNode", "UN-R").with("endNode", "UN-J1").json());
        var p2 = admin.post("/api/pipes", PipeJson.pipe("UN-P2").material("PVC").diameter(160).length(70).laid(1990)
                .with("startNode", "UN-J1").with("endNode", "UN-J2").json());
        admin.get("/api/pipes/UN-P2?minPosition=" + p2.header("X-Event-Position"));
        assertThat(admin.post("/api/valves", "{\"id\":\"UN-V1\",\"pipeId\":\"UN-P2\",\"nodeId\":\"UN-J1\",\"status\":\"OPEN\"}")
                .status()).isEqualTo(201);
        admin.post("/api/critical-customers", "{\"customerId\":\"UN-K1\",\"name\":\"Torvallaskolan\",\"kind\":\"SCHOOL\","
                + "\"nodeId\":\"UN-J2\"}");
        var leak = admin.post("/api/leaks", "{\"pipeId\":\"UN-P2\",\"kind\":\"BURST\",\"severity\":\"HIGH\"}");
        String id = leak.json().get("id").asText();
        var confirmed = admin.post("/api/leaks/" + id + "/confirm", "{}");
        admin.get("/api/pipes/UN-P2/isolation?minPosition=" + confirmed.header("X-Event-Position"));
        admin.get("/api/leaks/" + id + "?minPosition=" + confirmed.header("X-Event-Position"));
        return id;
    }

    @Test
    void theLeakPageShowsTheValvesToCloseTheDryPipeAndTheSchoolInSwedish() {
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        String leak = build(Api.at(port, "admin", "admin-password"));
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");

        var page = erik.get("/leaks/" + leak);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Avstängning").contains("Ventiler att stänga")
                .contains("href=\"/valves/UN-V1\"").contains("UN-P2").contains("Torvallaskolan (skola)");

        var valve = erik.get("/valves/UN-V1");
        assertThat(valve.statusCode()).isEqualTo(200);
        assertThat(valve.body()).contains("aldrig motionerad").contains("ANTAGET");
        var overdue = erik.get("/valves/overdue");
        assertThat(overdue.body()).contains("UN-V1").contains("ventiler ska motioneras");

        Map<String, String> hidden = erik.hiddenFields("/valves/UN-V1");
        var sent = erik.post("/valves/UN-V1/exercises", Map.of("date", "2026-11-20", "turns", "38", "outcome", "STIFF",
                "crew", "Lag 2"), hidden);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        var after = erik.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(after.body()).contains("exercise-history").contains("Trög").contains("Lag 2");
        assertThat(erik.get("/valves/overdue").body()).doesNotContain("UN-V1");
    }

    @Test
    void anExerciseFormWithADateInTheFutureIsSentBackAndNothingIsStored() {
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        Api admin = Api.at(port, "admin", "admin-password");
        var p = admin.post("/api/pipes", PipeJson.pipe("UN-F1").material("PVC").diameter(110).length(20).laid(2000)
                .with("startNode", "UN-FA").with("endNode", "UN-FB").json());
        admin.get("/api/pipes/UN-F1?minPosition=" + p.header("X-Event-Position"));
        var v = admin.post("/api/valves", "{\"id\":\"UN-FV\",\"pipeId\":\"UN-F1\",\"nodeId\":\"UN-FA\"}");
        admin.get("/api/valves/UN-FV?minPosition=" + v.header("X-Event-Position"));
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        var sent = erik.post("/valves/UN-FV/exercises", Map.of("date", "2999-01-01", "outcome", "OK"),
                erik.hiddenFields("/valves/UN-FV"));
        assertThat(sent.statusCode()).isEqualTo(302);
        String back = sent.headers().firstValue("Location").orElseThrow();
        assertThat(back).as("sent back to the valve, not on to the stored exercise").endsWith("/valves/UN-FV")
                .doesNotContain("minPosition");
        assertThat(erik.get(back.replaceFirst("^https?://[^/]+", "")).body()).contains("date");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(before);
    }
}
