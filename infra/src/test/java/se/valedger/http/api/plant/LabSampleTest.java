package se.valedger.http.api.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Lab samples, not days: composites with their period, units as given, loads only with the period's flow. */
@IntegrationTest
class LabSampleTest {

    static final String PLANT = """
            {"id":"%s","name":"Sample plant","permit":{"personEquivalents":10000,"designFlowM3PerDay":5000.0,
             "validFrom":"2020-01-01","reference":"M 16-20"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    long events(String plant) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = ?",
                Long.class, plant);
    }

    void register(String id) {
        var response = admin.post("/api/plants", PLANT.formatted(id));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    Api.Response importCsv(String plant, String csv) {
        return admin.post("/api/imports/plant-measurements?plant=" + plant, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anMgPerLitreColumnWithTheDaysFlowGivesLoadsEqualToConcentrationTimesFlow() {
        register("s-conc");
        var report = importCsv("s-conc", """
                datum;flöde [m3/d];bod7 [mg/l];tot-p [mg/l];tot-n [kg/d]
                2024-03-04;4200;210;6,5;180
                5.3.2024;3800,5;250;?;175
                """);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("rejected").asInt()).as(report.body()).isZero();
        assertThat(report.json().get("created").asInt()).isEqualTo(4);
        assertThat(report.json().at("/warnings/0/line").asInt()).isEqualTo(3);
        assertThat(report.json().at("/warnings/0/field").asText()).isEqualTo("tot_p");
        assertThat(report.json().at("/warnings/0/reason").asText()).contains("missing");
        assertThat(report.json().at("/conversions/bod7").asText()).contains("mg/l").contains("kg/d = mg/l x m3/d / 1000");
        assertThat(report.json().at("/conversions/tot_n").asText()).contains("kg/d as given");

        var weekly = admin.get("/api/plants/s-conc/weekly-load?year=2024&minPosition="
                + report.header("X-Event-Position")).json();
        assertThat(weekly.at("/samples").size()).isEqualTo(2);
        // kg/d = mg/l x m3/d / 1000; pe = kg/d / 0.070
        assertThat(weekly.at("/samples/0/bod7KgPerDay").asDouble()).isCloseTo(210 * 4200 / 1000.0, within(1e-9));
        assertThat(weekly.at("/samples/1/bod7KgPerDay").asDouble()).isCloseTo(250 * 3800.5 / 1000.0, within(1e-9));
        assertThat(weekly.at("/samples/1/loadPe").asDouble()).isCloseTo(250 * 3800.5 / 70.0, within(1e-6));
        assertThat(weekly.at("/samples/0/bod7Basis").asText()).isEqualTo("BOD7 as measured");
        var tp = jdbc.queryForMap("SELECT total_p_kg, total_n_kg FROM plant_capacity.sample "
                + "WHERE plant_id = 's-conc' AND local_day = '2024-03-04'");
        assertThat((Double) tp.get("total_p_kg")).isCloseTo(6.5 * 4200 / 1000.0, within(1e-9));
        assertThat((Double) tp.get("total_n_kg")).isEqualTo(180.0);
        assertThat(weekly.at("/weeks/0/week").asText()).isEqualTo("2024-W10");
        assertThat(weekly.at("/weeks/0/samples").asInt()).isEqualTo(2);
        assertThat(weekly.at("/weeks/0/loadPe").asDouble())
                .isCloseTo((210 * 4200 / 70.0 + 250 * 3800.5 / 70.0) / 2, within(1e-6));
        // the capacity overview's day shows the day's sample
        var day = admin.get("/api/plants/s-conc/capacity?from=2024-03-04&to=2024-03-04").json().at("/days/0");
        assertThat(day.get("bod7Kg").asDouble()).isCloseTo(210 * 4200 / 1000.0, within(1e-9));
    }

    @Test
    void anUnknownUnitOrALabColumnWithoutUnitIsRefusedNamingTheColumnAndNothingIsStored() {
        register("s-unit");
        long before = events("s-unit");
        var unknown = importCsv("s-unit", "datum;flöde [m3/d];bod7 [ppm]\n2024-03-04;4200;210\n");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("bod7");
        assertThat(unknown.json().get("reason").asText()).contains("line 1").contains("[ppm]").contains("not known");
        var none = importCsv("s-unit", "datum;flöde [m3/d];cod\n2024-03-04;4200;210\n");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("field").asText()).isEqualTo("cod");
        assertThat(none.json().get("reason").asText()).contains("no unit");
        var api = admin.post("/api/plants/s-unit/samples", """
                {"date":"2024-03-04","inflowM3":4200,"values":[{"parameter":"BOD7","value":210,"unit":"g/l"}]}""");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("field").asText()).isEqualTo("values[0].unit");
        assertThat(events("s-unit")).isEqualTo(before);
    }

    @Test
    void aConcentrationWithoutTheFlowOfItsPeriodIsRefusedNamingLineAndColumn() {
        register("s-noflow");
        long before = events("s-noflow");
        var report = importCsv("s-noflow", "datum;flöde [m3/d];bod7 [mg/l]\n2024-03-04;;210\n2024-03-05;4000;?\n").json();
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("bod7");
        assertThat(report.at("/errors/0/reason").asText()).contains("concentration").contains("no inflow");
        assertThat(report.at("/warnings/0/line").asInt()).isEqualTo(3);
        var api = admin.post("/api/plants/s-noflow/samples", """
                {"date":"2024-03-04","values":[{"parameter":"BOD7","value":210,"unit":"mg/l"}]}""");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("field").asText()).isEqualTo("inflowM3");
        // only the flow of line 3 was stored
        assertThat(events("s-noflow")).isEqualTo(before + 1);
    }

    @Test
    void bod5BecomesBod7OnlyWithTheFactorThePlantConfiguredAndTheAnswerShowsIt() {
        register("s-bod5");
        var refused = importCsv("s-bod5", "datum;flöde [m3/d];bod5 [mg/l]\n2024-03-04;4000;200\n").json();
        assertThat(refused.get("rejected").asInt()).isEqualTo(1);
        assertThat(refused.at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("bod5");
        assertThat(refused.at("/errors/0/reason").asText()).contains("factor").contains("none is set");

        Api planner = admin;
        var rules = planner.post("/api/plants/s-bod5/sampling-rules",
                "{\"bod5ToBod7Factor\":1.15,\"reason\":\"parallel analyses 2023, 40 pairs\"}");
        assertThat(rules.status()).as(rules.body()).isEqualTo(202);
        var sample = admin.post("/api/plants/s-bod5/samples", """
                {"date":"2024-03-05","inflowM3":4000,"values":[{"parameter":"BOD5","value":200,"unit":"mg/l"}]}""");
        assertThat(sample.status()).as(sample.body()).isEqualTo(201);
        assertThat(sample.json().get("bod7Factor").asDouble()).isEqualTo(1.15);
        assertThat(sample.json().get("bod7Basis").asText()).contains("BOD5 x 1.15").contains("bod5ToBod7Factor");
        assertThat(sample.json().get("bod7KgPerDay").asDouble()).isCloseTo(200 * 4000 / 1000.0 * 1.15, within(1e-9));
        assertThat(sample.json().get("week").asText()).isEqualTo("2024-W10");
        var weekly = admin.get("/api/plants/s-bod5/weekly-load?year=2024&minPosition=" + sample.header("X-Event-Position"))
                .json();
        assertThat(weekly.get("bod5ToBod7Factor").asDouble()).isEqualTo(1.15);
        assertThat(weekly.at("/samples/0/bod7Factor").asDouble()).isEqualTo(1.15);
    }

    @Test
    void anExactDuplicateOfAStoredSampleIsRefusedButAnOverlappingWeeklyCompositeIsNormal() {
        register("s-dup");
        String csv = "datum;flöde [m3/d];bod7 [kg/d]\n2024-03-04;4000;800\n";
        assertThat(importCsv("s-dup", csv).json().get("rejected").asInt()).isZero();
        long before = events("s-dup");
        var again = importCsv("s-dup", csv).json();
        assertThat(again.get("rejected").asInt()).isEqualTo(1);
        assertThat(again.at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(again.at("/errors/0/field").asText()).isEqualTo("bod7");
        assertThat(again.at("/errors/0/reason").asText()).contains("exact duplicate");
        var api = admin.post("/api/plants/s-dup/samples", """
                {"date":"2024-03-04","values":[{"parameter":"BOD7","value":800,"unit":"kg/d"}]}""");
        assertThat(api.status()).isEqualTo(409);
        assertThat(events("s-dup")).isEqualTo(before);

        var weekly = admin.post("/api/plants/s-dup/samples", """
                {"kind":"WEEKLY_COMPOSITE","periodStart":"2024-03-03T23:00:00Z","periodEnd":"2024-03-10T23:00:00Z",
                 "inflowM3":28000,"values":[{"parameter":"BOD7","value":800,"unit":"kg/d"}]}""");
        assertThat(weekly.status()).as(weekly.body()).isEqualTo(201);
        assertThat(weekly.json().get("week").asText()).isEqualTo("2024-W10");
        assertThat(weekly.json().get("inflowM3PerDay").asDouble()).isCloseTo(4000.0, within(1e-9));
    }

    @Test
    void anInvalidatedSampleLeavesItsWeekWhichStaysUsual() {
        register("s-inv");
        var a = admin.post("/api/plants/s-inv/samples", """
                {"sampleId":"lab-1","date":"2024-05-06","values":[{"parameter":"BOD7","value":700,"unit":"kg/d"}]}""");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        var b = admin.post("/api/plants/s-inv/samples", """
                {"sampleId":"lab-2","date":"2024-05-07","values":[{"parameter":"BOD7","value":1400,"unit":"kg/d"}]}""");
        assertThat(b.status()).isEqualTo(201);
        var noReason = admin.post("/api/plants/s-inv/samples/lab-2/invalidate", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        assertThat(admin.post("/api/plants/s-inv/samples/lab-9/invalidate", "{\"reason\":\"x\"}").status()).isEqualTo(404);
        var invalidated = admin.post("/api/plants/s-inv/samples/lab-2/invalidate",
                "{\"reason\":\"sampler cooling failed, sample at 14 °C\"}");
        assertThat(invalidated.status()).isEqualTo(202);

        var weekly = admin.get("/api/plants/s-inv/weekly-load?year=2024&minPosition="
                + invalidated.header("X-Event-Position")).json();
        assertThat(weekly.at("/weeks/0/samples").asInt()).isEqualTo(1);
        assertThat(weekly.at("/weeks/0/loadPe").asDouble()).isCloseTo(700 / 0.07, within(1e-6));
        assertThat(weekly.at("/weeks/0/unusual").asBoolean()).isFalse();
        assertThat(weekly.at("/samples/1/valid").asBoolean()).isFalse();
        assertThat(weekly.at("/samples/1/invalidReason").asText()).contains("sampler");
    }
}
