package se.valedger.web.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.security.Role;
import se.valedger.security.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

@IntegrationTest
class IncidentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    static JsonNode clock(JsonNode incident, String step) {
        for (JsonNode clock : incident.get("clocks")) {
            if (clock.get("step").asText().equals(step)) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + step + " in " + incident);
    }

    @Test
    void theThreeClocksRunInSwedishTimeAcrossTheAutumnChangeAndShowWhatIsOverdue() {
        accounts.create("erik", "engineer-password", EnumSet.of(Role.ENGINEER));
        var recorded = Api.at(port, "erik", "engineer-password").post("/api/incidents", """
                {"id":"INC-2025-7","awareAt":"2025-10-24T08:00:00Z","description":"chlorine dosing PLC reprogrammed",
                 "affectedServices":["drinking water","Göviken SCADA"],"suspectedMalicious":true,"crossBorder":false,
                 "impact":{"outageHours":1.0,"personsAffected":300,"hospitalAffected":false,"scadaAffected":true}}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.header("Location")).endsWith("/api/incidents/INC-2025-7");

        var early = admin.post("/api/incidents/INC-2025-7/early-warning",
                "{\"at\":\"2025-10-25T09:00:00Z\",\"report\":\"early warning to CERT-SE, suspected sabotage\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(202);
        var notified = admin.post("/api/incidents/INC-2025-7/notification",
                "{\"at\":\"2025-10-26T12:00:00Z\",\"report\":\"notification with first assessment\"}");
        long position = Long.parseLong(notified.header("X-Event-Position"));

        JsonNode incident = admin.get("/api/incidents/INC-2025-7?minPosition=" + position).json();
        assertThat(incident.get("significant").asBoolean()).isTrue();
        assertThat(incident.get("status").asText()).isEqualTo("NOTIFIED");
        JsonNode earlyClock = clock(incident, "early-warning");
        assertThat(earlyClock.get("dueAt").asText()).isEqualTo("2025-10-25T08:00:00Z");
        assertThat(earlyClock.get("dueLocal").asText()).isEqualTo("2025-10-25 10:00 +02:00");
        assertThat(earlyClock.get("state").asText()).isEqualTo("DONE_LATE");
        JsonNode notificationClock = clock(incident, "notification");
        assertThat(notificationClock.get("dueAt").asText()).isEqualTo("2025-10-27T08:00:00Z");
        assertThat(notificationClock.get("dueLocal").asText()).isEqualTo("2025-10-27 09:00 +01:00");
        assertThat(notificationClock.get("state").asText()).isEqualTo("DONE");
        JsonNode finalClock = clock(incident, "final-report");
        assertThat(finalClock.get("dueLocal").asText()).isEqualTo("2025-11-26 13:00 +01:00");
        assertThat(finalClock.get("state").asText()).isEqualTo("OVERDUE");
        assertThat(incident.get("overdue").asBoolean()).isTrue();
        assertThat(incident.at("/reports/0/by").asText()).isEqualTo("admin");
        assertThat(incident.at("/reports/0/report").asText()).startsWith("early warning to CERT-SE");

        var open = admin.get("/api/incidents?minPosition=" + position).json();
        assertThat(open).anyMatch(i -> i.get("incidentId").asText().equals("INC-2025-7"));
    }

    @Test
    void theFinalReportIsDueOneMonthAfterTheNotificationAndClosingEndsTheClocks() {
        admin.post("/api/incidents", """
                {"id":"INC-2025-9","awareAt":"2025-09-30T06:00:00Z","description":"main burst flooded the pump hall",
                 "facts":{"services":["DRINKING_WATER"],"supplyLostHours":5,"personsAffected":3000}}""");
        admin.post("/api/incidents/INC-2025-9/early-warning", "{\"at\":\"2025-09-30T20:00:00Z\",\"report\":\"w\"}");
        admin.post("/api/incidents/INC-2025-9/notification", "{\"at\":\"2025-10-02T08:00:00Z\",\"report\":\"n\"}");
        long before = events();
        var tooEarly = admin.post("/api/incidents/INC-2025-9/close", "{}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("rule").asText()).isEqualTo("IncidentStepsFollowTheirOrder");
        assertThat(events()).isEqualTo(before);

        admin.post("/api/incidents/INC-2025-9/final-report", "{\"at\":\"2025-10-30T10:00:00Z\",\"report\":\"final\"}");
        var closed = admin.post("/api/incidents/INC-2025-9/close", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(202);
        long at = Long.parseLong(closed.header("X-Event-Position"));

        JsonNode incident = admin.get("/api/incidents/INC-2025-9?minPosition=" + at).json();
        assertThat(clock(incident, "final-report").get("dueAt").asText()).isEqualTo("2025-11-02T09:00:00Z");
        assertThat(clock(incident, "final-report").get("dueLocal").asText()).isEqualTo("2025-11-02 10:00 +01:00");
        assertThat(clock(incident, "final-report").get("state").asText()).isEqualTo("DONE");
        assertThat(incident.get("status").asText()).isEqualTo("CLOSED");
        assertThat(incident.get("overdue").asBoolean()).isFalse();
        assertThat(admin.get("/api/incidents?minPosition=" + at).json())
                .noneMatch(i -> i.get("incidentId").asText().equals("INC-2025-9"));
        assertThat(admin.get("/api/incidents?openOnly=false&minPosition=" + at).json())
                .anyMatch(i -> i.get("incidentId").asText().equals("INC-2025-9"));
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        long before = events();
        var unknownStep = admin.post("/api/incidents/INC-X/publish", "{}");
        assertThat(unknownStep.status()).isEqualTo(400);
        assertThat(unknownStep.json().get("field").asText()).isEqualTo("action");
        var noDescription = admin.post("/api/incidents", "{\"awareAt\":\"2025-01-01T00:00:00Z\"}");
        assertThat(noDescription.json().get("field").asText()).isEqualTo("description");
        var future = admin.post("/api/incidents", "{\"awareAt\":\"2999-01-01T00:00:00Z\",\"description\":\"x\"}");
        assertThat(future.json().get("field").asText()).isEqualTo("awareAt");
        var badTime = admin.post("/api/incidents", "{\"awareAt\":\"yesterday\",\"description\":\"x\"}");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("field").asText()).isEqualTo("awareAt");
        assertThat(admin.post("/api/incidents/INC-NONE/early-warning", "{\"report\":\"w\"}").status()).isEqualTo(404);
        assertThat(events()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE outcome = 'REJECTED_INVALID' AND user_name = 'admin'",
                Long.class)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theFormerImpactShapeIsStillAcceptedAndTheAnswerSaysHowItWasRead() {
        var recorded = admin.post("/api/incidents", """
                {"id":"INC-OLD-SHAPE","awareAt":"2025-10-24T08:00:00Z","description":"x",
                 "impact":{"outageHours":1.0,"personsAffected":300,"hospitalAffected":false,"scadaAffected":true}}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("converted").asText()).contains("scadaAffected -> otIntrusion");
        assertThat(recorded.json().at("/assessment/significant").asBoolean()).isTrue();
        long before = events();
        var both = admin.post("/api/incidents", """
                {"awareAt":"2025-10-24T08:00:00Z","description":"x","impact":{"outageHours":1.0},"facts":{"supplyLostHours":1}}""");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("field").asText()).isEqualTo("impact");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theSignificanceHelperAppliesTheDefaultHeuristic() {
        assertThat(admin.get("/api/incidents/significance?outageHours=2&personsAffected=2000").json()
                .get("significant").asBoolean()).isTrue();
        assertThat(admin.get("/api/incidents/significance?outageHours=1.5&personsAffected=90000").json()
                .get("significant").asBoolean()).isFalse();
        assertThat(admin.get("/api/incidents/significance?scadaAffected=true").json().get("significant").asBoolean()).isTrue();
    }
}
