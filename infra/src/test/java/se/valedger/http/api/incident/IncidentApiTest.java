package se.valedger.http.api.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The NIS2 incident register over HTTP: recording, significance per Art. 23(3), reassessment, the clocks and the steps. */
@IntegrationTest
class IncidentApiTest {

    static final String ALARM = """
            {"id":"%s","awareAt":"2025-11-03T07:00:00Z","description":"odd flow readings at Göviken inlet",
             "affectedServices":["Göviken"],"facts":{"services":["WASTEWATER"],"supplyLostHours":0.5,"personsAffected":0}}""";

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

    JsonNode incident(String id, Api.Response after) {
        assertThat(after.status()).as(after.body()).isBetween(200, 299);
        return admin.get("/api/incidents/" + id + "?minPosition=" + after.header("X-Event-Position")).json();
    }

    @Test
    void aReassessmentThatFindsTheIncidentSignificantStartsTheClocksWhenItsFactsBecameKnown() {
        JsonNode first = incident("INC-RE-1", admin.post("/api/incidents", ALARM.formatted("INC-RE-1")));
        assertThat(first.get("significant").asBoolean()).isFalse();
        assertThat(first.get("status").asText()).isEqualTo("ASSESSED_NOT_SIGNIFICANT");
        assertThat(first.get("clocks")).isEmpty();
        assertThat(first.has("clocksStartAt")).isFalse();
        assertThat(first.get("significanceReasons").get(0).asText()).startsWith("no criterion of Art. 23(3) applies");

        var reassessed = admin.post("/api/incidents/INC-RE-1/reassess", """
                {"at":"2025-11-04T15:30:00Z","reason":"forensics: the flow PLC was reprogrammed from outside",
                 "suspectedMalicious":true,"facts":{"services":["WASTEWATER"],"otIntrusion":true,
                 "untreatedDischargeM3":2500,"recipient":"Storsjön"}}""");
        assertThat(reassessed.json().at("/assessment/significant").asBoolean()).isTrue();
        JsonNode now = incident("INC-RE-1", reassessed);
        assertThat(now.get("significant").asBoolean()).isTrue();
        assertThat(now.get("suspectedMalicious").asBoolean()).isTrue();
        assertThat(now.get("clocksStartAt").asText()).isEqualTo("2025-11-04T15:30:00Z");
        assertThat(now.get("assessedAt").asText()).isEqualTo("2025-11-04T15:30:00Z");
        assertThat(clock(now, "early-warning").get("dueAt").asText()).isEqualTo("2025-11-05T15:30:00Z");
        assertThat(clock(now, "early-warning").get("dueLocal").asText()).isEqualTo("2025-11-05 16:30 +01:00");
        assertThat(clock(now, "notification").get("dueAt").asText()).isEqualTo("2025-11-07T15:30:00Z");
        assertThat(now.get("significanceReasons")).hasSize(2);
        assertThat(now.get("significanceReasons").toString()).contains("OT/SCADA", "to Storsjön");
        assertThat(now.get("significanceCriteria")).extracting(c -> c.get("code").asText())
                .containsExactly("UNTREATED_DISCHARGE", "OT_INTRUSION");
        assertThat(now.at("/significanceCriteria/0/parameters/volumeM3").asDouble()).isEqualTo(2500.0);
        assertThat(now.at("/significanceCriteria/0/text").asText()).isEqualTo(now.at("/significanceReasons/0").asText());
        assertThat(now.get("assumed").get(0).asText()).startsWith("ASSUMED");
        assertThat(now.at("/facts/recipient").asText()).isEqualTo("Storsjön");
        assertThat(now.at("/reports/0/step").asText()).isEqualTo("reassess");
        assertThat(now.at("/reports/0/report").asText()).startsWith("forensics: the flow PLC was reprogrammed from outside -> significant");

        var again = admin.post("/api/incidents/INC-RE-1/reassess", """
                {"at":"2025-11-06T08:00:00Z","reason":"discharge measured","facts":{"otIntrusion":true,"untreatedDischargeM3":4000}}""");
        assertThat(incident("INC-RE-1", again).get("clocksStartAt").asText()).as("a later assessment does not move the clocks")
                .isEqualTo("2025-11-04T15:30:00Z");
    }

    @Test
    void anIncidentAssessedNotSignificantIsClosedWithItsReasonAndASignificantReassessmentReopensIt() {
        admin.post("/api/incidents", ALARM.formatted("INC-NS-1"));
        long before = events();
        var wrongWay = admin.post("/api/incidents/INC-NS-1/close-not-significant", "{\"reason\":\" \"}");
        assertThat(wrongWay.status()).isEqualTo(400);
        assertThat(wrongWay.json().get("field").asText()).isEqualTo("reason");
        assertThat(events()).isEqualTo(before);

        var closed = admin.post("/api/incidents/INC-NS-1/close-not-significant",
                "{\"at\":\"2025-11-03T09:00:00Z\",\"reason\":\"a flow meter was being calibrated\"}");
        JsonNode incident = incident("INC-NS-1", closed);
        assertThat(incident.get("status").asText()).isEqualTo("CLOSED_NOT_SIGNIFICANT");
        assertThat(incident.get("closedAsNotSignificantReason").asText()).isEqualTo("a flow meter was being calibrated");
        long at = Long.parseLong(closed.header("X-Event-Position"));
        assertThat(admin.get("/api/incidents?minPosition=" + at).json()).noneMatch(i -> i.get("incidentId").asText().equals("INC-NS-1"));

        var stillNot = admin.post("/api/incidents/INC-NS-1/reassess", """
                {"reason":"rechecked","facts":{"supplyLostHours":1}}""");
        assertThat(stillNot.status()).isEqualTo(409);
        assertThat(stillNot.json().get("rule").asText()).isEqualTo("IncidentStepsFollowTheirOrder");

        var reopened = admin.post("/api/incidents/INC-NS-1/reassess", """
                {"at":"2025-11-10T10:00:00Z","reason":"the calibration was a cover: data was copied out",
                 "facts":{"dataExfiltration":true}}""");
        JsonNode open = incident("INC-NS-1", reopened);
        assertThat(open.get("status").asText()).isEqualTo("DETECTED");
        assertThat(open.has("closedAsNotSignificantReason")).isFalse();
        assertThat(open.get("clocksStartAt").asText()).isEqualTo("2025-11-10T10:00:00Z");
        assertThat(clock(open, "early-warning").get("state").asText()).isEqualTo("OVERDUE");

        var significantClose = admin.post("/api/incidents/INC-NS-1/close-not-significant", "{\"reason\":\"never mind\"}");
        assertThat(significantClose.status()).isEqualTo(409);
    }

    @Test
    void anIntermediateReportRequestedByTheCsirtHasTheDueTimeTheCsirtSet() {
        admin.post("/api/incidents", """
                {"id":"INC-IR-1","awareAt":"2025-10-01T06:00:00Z","description":"chlorine dosing manipulated",
                 "facts":{"services":["DRINKING_WATER"],"otIntrusion":true}}""");
        var early = admin.post("/api/incidents/INC-IR-1/intermediate-report", "{\"report\":\"status\"}");
        assertThat(early.status()).isEqualTo(409);
        var badDue = admin.post("/api/incidents/INC-IR-1/intermediate-report-request",
                "{\"requestedBy\":\"CERT-SE\",\"at\":\"2025-10-05T10:00:00Z\",\"dueAt\":\"2025-10-05T09:00:00Z\"}");
        assertThat(badDue.status()).isEqualTo(400);
        assertThat(badDue.json().get("field").asText()).isEqualTo("dueAt");

        var requested = admin.post("/api/incidents/INC-IR-1/intermediate-report-request", """
                {"requestedBy":"CERT-SE","at":"2025-10-05T10:00:00Z","dueAt":"2025-10-08T12:00:00Z",
                 "request":"status of the PLC forensics"}""");
        JsonNode incident = incident("INC-IR-1", requested);
        assertThat(incident.at("/intermediateReport/requestedBy").asText()).isEqualTo("CERT-SE");
        assertThat(incident.at("/intermediateReport/dueAt").asText()).isEqualTo("2025-10-08T12:00:00Z");
        assertThat(clock(incident, "intermediate-report").get("state").asText()).isEqualTo("OVERDUE");

        var sent = admin.post("/api/incidents/INC-IR-1/intermediate-report",
                "{\"at\":\"2025-10-08T11:00:00Z\",\"report\":\"forensics half done\"}");
        JsonNode after = incident("INC-IR-1", sent);
        assertThat(clock(after, "intermediate-report").get("state").asText()).isEqualTo("DONE");
        assertThat(after.at("/intermediateReport/sentAt").asText()).isEqualTo("2025-10-08T11:00:00Z");
        assertThat(admin.post("/api/incidents/INC-IR-1/intermediate-report", "{\"report\":\"again\"}").status())
                .as("one report per request").isEqualTo(409);
    }

    @Test
    void theCustomerNoticeIsDueForASignificantIncidentAffectingTheServiceUntilCustomersAreTold() {
        var recorded = admin.post("/api/incidents", """
                {"id":"INC-CN-1","awareAt":"2025-12-01T05:00:00Z","description":"UV disinfection stopped by malware",
                 "facts":{"services":["DRINKING_WATER"],"treatmentFailure":true,"personsAffected":12000}}""");
        JsonNode due = incident("INC-CN-1", recorded);
        assertThat(due.at("/customerNotice/due").asBoolean()).isTrue();

        var bad = admin.post("/api/incidents/INC-CN-1/customer-notice", "{\"channel\":\"SMS\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("text");
        var told = admin.post("/api/incidents/INC-CN-1/customer-notice", """
                {"at":"2025-12-01T07:15:00Z","channel":"SMS and ostersund.se",
                 "text":"Koka vattnet före användning. Boil the water before use."}""");
        JsonNode after = incident("INC-CN-1", told);
        assertThat(after.at("/customerNotice/due").asBoolean()).isFalse();
        assertThat(after.at("/customerNotice/at").asText()).isEqualTo("2025-12-01T07:15:00Z");
        assertThat(after.at("/customerNotice/channel").asText()).isEqualTo("SMS and ostersund.se");
        assertThat(after.at("/customerNotice/text").asText()).startsWith("Koka vattnet");

        JsonNode scadaOnly = incident("INC-CN-2", admin.post("/api/incidents", """
                {"id":"INC-CN-2","awareAt":"2025-12-01T05:00:00Z","description":"SCADA login from abroad",
                 "facts":{"otIntrusion":true}}"""));
        assertThat(scadaOnly.get("significant").asBoolean()).isTrue();
        assertThat(scadaOnly.at("/customerNotice/due").asBoolean()).as("the service was not affected").isFalse();
    }

    @Test
    void theSignificanceRuleAnswersWithTheCriteriaTheAssumedThresholdsAndWhereToReport() {
        JsonNode answer = admin.get("/api/incidents/significance?services=WASTEWATER&untreatedDischargeHours=8"
                + "&recipient=Storsj%C3%B6n&potential=true").json();
        assertThat(answer.get("significant").asBoolean()).isTrue();
        assertThat(answer.get("criteria").get(0).asText()).contains("is capable of causing", "Storsjön");
        assertThat(answer.at("/codedCriteria/0/code").asText()).isEqualTo("UNTREATED_DISCHARGE");
        assertThat(answer.at("/codedCriteria/0/parameters/hours").asDouble()).isEqualTo(8.0);
        assertThat(answer.at("/codedCriteria/0/parameters/potential").asBoolean()).isTrue();
        assertThat(answer.at("/codedCriteria/0/text").asText()).isEqualTo(answer.at("/criteria/0").asText());
        assertThat(answer.get("assumed")).allMatch(a -> a.asText().startsWith("ASSUMED"));
        assertThat(answer.get("basis").asText()).contains("Art. 23(3)", "2025:1506");
        assertThat(answer.at("/reportTo/csirt").asText()).contains("CERT-SE", "ASSUMED, to confirm", "2025:1507");
        assertThat(answer.at("/reportTo/supervisoryAuthority").asText()).contains("Livsmedelsverket", "ASSUMED, to confirm");
        assertThat(answer.has("converted")).isFalse();
    }

    @Test
    void implausibleTimesAndNegativeFactsAreRefusedNamingTheFieldAndStoreNothing() {
        long before = events();
        var old = admin.post("/api/incidents", "{\"awareAt\":\"1899-12-31T23:00:00Z\",\"description\":\"x\"}");
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.json().get("field").asText()).isEqualTo("awareAt");
        assertThat(old.json().get("detail").asText()).contains("before 1900");
        var negative = admin.post("/api/incidents", """
                {"awareAt":"2025-01-01T00:00:00Z","description":"x","facts":{"supplyLostHours":-2}}""");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("field").asText()).isEqualTo("facts.supplyLostHours");
        var unknownService = admin.post("/api/incidents", """
                {"awareAt":"2025-01-01T00:00:00Z","description":"x","facts":{"services":["STORMWATER"]}}""");
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }
}
