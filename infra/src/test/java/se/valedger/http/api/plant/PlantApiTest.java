package se.valedger.http.api.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

@IntegrationTest
class PlantApiTest {

    /** 1,000 pe (70 kg BOD7/d) and 1,000 m3/d, so utilisation in % is m3 / 10. */
    static final String SMALL_PLANT = """
            {"id":"%s","name":"Test plant","permit":{"personEquivalents":1000,"designFlowM3PerDay":1000.0,
             "validFrom":"2020-01-01","reference":"M 1-20"}}""";

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

    long events(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }

    Api user(String name, Role role) {
        accounts.create(name, name + "-password", EnumSet.of(role));
        return Api.at(port, name, name + "-password");
    }

    void register(String id) {
        var response = admin.post("/api/plants", SMALL_PLANT.formatted(id));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    Api.Response measure(Api api, String id, String date, double inflow) {
        return api.post("/api/plants/" + id + "/measurements", "{\"date\":\"" + date + "\",\"inflowM3\":" + inflow + "}");
    }

    @Test
    void govikenIsThereFromTheFirstStartWithTheConfiguredPermit() {
        var capacity = admin.get("/api/plants/goviken/capacity");
        assertThat(capacity.status()).as(capacity.body()).isEqualTo(200);
        assertThat(capacity.json().at("/name").asText()).isEqualTo("Göviken");
        assertThat(capacity.json().at("/currentPermit/personEquivalents").asInt()).isEqualTo(75000);
        assertThat(capacity.json().at("/currentPermit/designFlowM3PerDay").asDouble()).isEqualTo(30000.0);
        assertThat(capacity.json().at("/thresholdsPercent").toString()).isEqualTo("[80,90]");
        assertThat(events("goviken")).isEqualTo(1);
        String user = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM event_store.domain_event "
                + "WHERE aggregate_identifier = 'goviken'", String.class);
        assertThat(user).contains("\"user\":\"system\"");
    }

    @Test
    void measurementsCorrectionsAndCrossingsShowInTheCapacityOverview() {
        register("p-cross");
        assertThat(measure(admin, "p-cross", "2024-05-01", 700).json().get("outcome").asText()).isEqualTo("CREATED");
        assertThat(measure(admin, "p-cross", "2024-05-02", 850).status()).isEqualTo(202);
        assertThat(measure(admin, "p-cross", "2024-05-03", 880).status()).isEqualTo(202);
        long before = events("p-cross");
        var same = measure(admin, "p-cross", "2024-05-03", 880);
        assertThat(same.json().get("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(events("p-cross")).isEqualTo(before);
        var corrected = admin.post("/api/plants/p-cross/measurements", """
                {"date":"2024-05-03","inflowM3":950,"bod7Kg":35.0,"reason":"flow meter recalibrated"}""");
        assertThat(corrected.json().get("outcome").asText()).isEqualTo("CORRECTED");
        long position = Long.parseLong(corrected.header("X-Event-Position"));

        var capacity = admin.get("/api/plants/p-cross/capacity?minPosition=" + position).json();

        assertThat(capacity.at("/days").size()).isEqualTo(3);
        assertThat(capacity.at("/days/2/inflowM3").asDouble()).isEqualTo(950.0);
        assertThat(capacity.at("/days/2/loadPe").asDouble()).isCloseTo(500.0, within(1e-9));
        assertThat(capacity.at("/days/2/corrections").asInt()).isEqualTo(1);
        assertThat(capacity.at("/days/2/flowUtilisationPercent").asDouble()).isCloseTo(95.0, within(1e-9));
        // 80 % crossed once on May 2 (not again on May 3), 90 % crossed by the correction of May 3
        assertThat(capacity.at("/crossings").size()).isEqualTo(2);
        assertThat(capacity.at("/crossings/0/date").asText()).isEqualTo("2024-05-02");
        assertThat(capacity.at("/crossings/0/levelPercent").asInt()).isEqualTo(80);
        assertThat(capacity.at("/crossings/1/levelPercent").asInt()).isEqualTo(90);
        assertThat(capacity.at("/years/0/daysOver/0/flowDays").asInt()).isEqualTo(2);
        assertThat(capacity.at("/years/0/daysOver/1/flowDays").asInt()).isEqualTo(1);
        assertThat(capacity.at("/forecast/flow/status").asText()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(capacity.at("/forecast/method").asText()).contains("Linear trend").contains("12-month mean");
    }

    @Test
    void theCapacityOverviewIsAlsoCsvForSpreadsheets() {
        register("p-csv");
        var measured = measure(admin, "p-csv", "2024-05-01", 700);
        var csv = admin.get("/api/plants/p-csv/capacity?minPosition=" + measured.header("X-Event-Position"), "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("date,inflow_m3,bod7_kg,load_pe");
        assertThat(lines[1]).startsWith("2024-05-01,700.000,,,1000,1000.000,,70.000");
    }

    @Test
    void bypassesAreTotalledPerYearAndCauseAndARetryWithTheSameKeyIsSafe() {
        register("p-bypass");
        String body = """
                {"start":"2024-04-20T03:00:00Z","end":"2024-04-20T09:00:00Z","volumeM3":1250.5,
                 "location":"inlet overflow","cause":"SNOWMELT","recipient":"Storsjön"}""";
        var first = admin.post("/api/plants/p-bypass/bypasses", body, "Idempotency-Key", "b-1");
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        long before = events("p-bypass");
        var retry = admin.post("/api/plants/p-bypass/bypasses", body, "Idempotency-Key", "b-1");
        assertThat(retry.status()).isEqualTo(202);
        assertThat(events("p-bypass")).isEqualTo(before);
        var second = admin.post("/api/plants/p-bypass/bypasses", body.replace("1250.5", "100").replace("SNOWMELT", "RAIN"));

        var capacity = admin.get("/api/plants/p-bypass/capacity?minPosition=" + second.header("X-Event-Position")).json();
        assertThat(capacity.at("/bypasses").size()).isEqualTo(2);
        assertThat(capacity.at("/bypasses/0/cause").asText()).isEqualTo("RAIN");
        assertThat(capacity.at("/bypasses/1/volumeM3").asDouble()).isEqualTo(1250.5);
        assertThat(capacity.at("/bypasses/1/year").asInt()).isEqualTo(2024);
    }

    @Test
    void aBypassEndingBeforeItStartsIsRefusedNamingTheField() {
        register("p-badbypass");
        long before = events("p-badbypass");
        var response = admin.post("/api/plants/p-badbypass/bypasses", """
                {"start":"2024-04-20T09:00:00Z","end":"2024-04-20T03:00:00Z","volumeM3":1,
                 "location":"x","cause":"RAIN"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("end");
        assertThat(admin.post("/api/plants/p-badbypass/bypasses", """
                {"start":"2024-04-20T03:00:00Z","end":"2024-04-20T09:00:00Z","volumeM3":1,
                 "location":"x","cause":"METEOR"}""").json().get("field").asText()).isEqualTo("cause");
        assertThat(events("p-badbypass")).isEqualTo(before);
    }

    @Test
    void aPlannerChangesThePermitButMayNotRecordMeasurementsAndAnAuditorOnlyReads() {
        register("p-roles");
        Api planner = user("petra", Role.PLANNER);
        Api engineer = user("erik", Role.ENGINEER);
        Api auditor = user("agnes", Role.AUDITOR);
        String permit = """
                {"personEquivalents":2000,"designFlowM3PerDay":2000.0,"validFrom":"2024-01-01",
                 "decisionReference":"Länsstyrelsen 551-99-2024"}""";
        long before = events("p-roles");

        assertThat(measure(planner, "p-roles", "2024-05-01", 10).status()).isEqualTo(403);
        assertThat(engineer.post("/api/plants/p-roles/permit", permit).status()).isEqualTo(403);
        assertThat(auditor.post("/api/plants/p-roles/permit", permit).status()).isEqualTo(403);
        assertThat(measure(auditor, "p-roles", "2024-05-01", 10).status()).isEqualTo(403);
        assertThat(events("p-roles")).isEqualTo(before);

        var changed = planner.post("/api/plants/p-roles/permit", permit);
        assertThat(changed.status()).as(changed.body()).isEqualTo(202);
        var measured = measure(engineer, "p-roles", "2024-05-01", 1500);
        assertThat(measured.status()).isEqualTo(202);
        var capacity = auditor.get("/api/plants/p-roles/capacity?minPosition=" + measured.header("X-Event-Position"));
        assertThat(capacity.status()).isEqualTo(200);
        assertThat(capacity.json().at("/currentPermit/personEquivalents").asInt()).isEqualTo(2000);
        assertThat(capacity.json().at("/permits").size()).isEqualTo(2);
        assertThat(capacity.json().at("/days/0/flowUtilisationPercent").asDouble()).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void badMeasurementsAreRefusedNamingTheFieldAndNothingIsStored() {
        register("p-bad");
        long before = events("p-bad");
        var negative = measure(admin, "p-bad", "2024-05-01", -3);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("field").asText()).isEqualTo("inflowM3");
        var future = measure(admin, "p-bad", "2999-01-01", 3);
        assertThat(future.json().get("field").asText()).isEqualTo("date");
        var noDate = admin.post("/api/plants/p-bad/measurements", "{\"inflowM3\":3}");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().get("field").asText()).isEqualTo("date");
        var badPermit = admin.post("/api/plants/p-bad/permit", """
                {"personEquivalents":0,"designFlowM3PerDay":2000.0,"validFrom":"2024-01-01","decisionReference":"x"}""");
        assertThat(badPermit.json().get("field").asText()).isEqualTo("personEquivalents");
        assertThat(events("p-bad")).isEqualTo(before);
        assertThat(measure(admin, "no-such-plant", "2024-05-01", 3).status()).isEqualTo(404);
        assertThat(admin.get("/api/plants/no-such-plant/capacity").status()).isEqualTo(404);
    }
}
