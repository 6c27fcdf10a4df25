package se.valedger.http.api.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Overflow points, overflows per point and year, and the system's share against the 2 % objective. */
@IntegrationTest
class OverflowTest {

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

    static String overflow(String point, String start, String end, double m3, boolean measured, double bod7,
                           String cause) {
        return """
                {"pointId":"%s","start":"%s","end":"%s","volumeM3":%s,"volumeMeasured":%s,"bod7Kg":%s,
                 "totalPhosphorusKg":1.5,"totalNitrogenKg":6,"cause":"%s"}""".formatted(point, start, end, m3, measured,
                bod7, cause);
    }

    @Test
    void theOverflowReportSumsPerPointAndGivesTheSystemsShareAgainstTheTwoPercentObjective() {
        admin.post("/api/plants", """
                {"id":"o-sum","name":"O","permit":{"personEquivalents":10000,"designFlowM3PerDay":5000.0,
                 "validFrom":"2020-01-01","reference":"M 5-20"}}""");
        assertThat(admin.post("/api/plants/o-sum/overflow-points", """
                {"id":"BR-1","name":"Bräddavlopp Storgatan","type":"NETWORK_OVERFLOW","east":463000,"north":7004000,
                 "recipient":"Storsjön"}""").status()).isEqualTo(201);
        assertThat(admin.post("/api/plants/o-sum/overflow-points", """
                {"id":"INLET","name":"Inloppet","type":"PLANT_INLET","east":464100,"north":7003500,
                 "recipient":"Storsjön"}""").status()).isEqualTo(201);
        admin.post("/api/plants/o-sum/overflows", overflow("BR-1", "2024-06-01T10:00:00Z", "2024-06-01T13:00:00Z", 300,
                true, 40, "RAIN"));
        admin.post("/api/plants/o-sum/overflows", overflow("BR-1", "2024-08-10T22:00:00Z", "2024-08-11T02:30:00Z", 120,
                false, 20, "PLANNED_MAINTENANCE"));
        admin.post("/api/plants/o-sum/overflows", overflow("INLET", "2024-04-20T03:00:00Z", "2024-04-20T04:00:00Z", 80,
                true, 10, "SNOWMELT"));
        var other = admin.post("/api/plants/o-sum/overflows", overflow("INLET", "2023-04-20T03:00:00Z",
                "2023-04-20T04:00:00Z", 999, true, 99, "SNOWMELT"));
        // rain series: 3-4 March dry (0 and 0.4 mm), 3 September 12 mm so 4 September (0 mm) is the day after rain
        admin.post("/api/plants/o-sum/measurements", """
                {"date":"2024-03-03","inflowM3":2000,"precipitationMm":0}""");
        admin.post("/api/plants/o-sum/measurements", """
                {"date":"2024-03-04","inflowM3":2100,"precipitationMm":0.4}""");
        admin.post("/api/plants/o-sum/measurements", """
                {"date":"2024-09-03","inflowM3":4000,"precipitationMm":12}""");
        admin.post("/api/plants/o-sum/measurements", """
                {"date":"2024-09-04","inflowM3":3500,"precipitationMm":0}""");
        // incoming: two samples of 500 (a dry day) and 700 kg BOD7/d (the day after rain) in 2024
        admin.post("/api/plants/o-sum/samples", """
                {"date":"2024-03-04","values":[{"parameter":"BOD7","value":500,"unit":"kg/d"}]}""");
        var last = admin.post("/api/plants/o-sum/samples", """
                {"date":"2024-09-04","values":[{"parameter":"BOD7","value":700,"unit":"kg/d"}]}""");

        var answer = admin.get("/api/plants/o-sum/overflows?year=2024&minPosition=" + last.header("X-Event-Position"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var json = answer.json();
        assertThat(json.at("/points/0/pointId").asText()).isEqualTo("BR-1");
        assertThat(json.at("/points/0/count").asInt()).isEqualTo(2);
        assertThat(json.at("/points/0/hours").asDouble()).isCloseTo(7.5, within(1e-9));
        assertThat(json.at("/points/0/volumeMeasuredM3").asDouble()).isEqualTo(300.0);
        assertThat(json.at("/points/0/volumeEstimatedM3").asDouble()).isEqualTo(120.0);
        assertThat(json.at("/points/0/bod7Kg").asDouble()).isEqualTo(60.0);
        assertThat(json.at("/points/0/totalPhosphorusKg").asDouble()).isEqualTo(3.0);
        assertThat(json.at("/points/0/plannedMaintenance").asInt()).isEqualTo(1);
        assertThat(json.at("/points/1/count").asInt()).isEqualTo(1);
        assertThat(json.at("/points/1/bod7Kg").asDouble()).isEqualTo(10.0);
        // Annex V: the dry-weather annual load = the dry day's 500 kg/d x 366 days; the all-weather figure is informative
        double collected = 500.0 * 366;
        assertThat(json.at("/system/overflowedBod7Kg").asDouble()).isEqualTo(70.0);
        assertThat(json.at("/system/collectedBod7Kg").asDouble()).isCloseTo(collected, within(1e-6));
        assertThat(json.at("/system/sharePercent").asDouble()).isCloseTo(70 / collected * 100, within(1e-9));
        assertThat(json.at("/system/dryWeatherBasis").asText()).isEqualTo("PRECIPITATION");
        assertThat(json.at("/system/dryDays").asInt()).as("only 4 March has itself and the day before dry").isEqualTo(1);
        assertThat(json.at("/system/dryWeatherSamples").asInt()).isEqualTo(1);
        assertThat(json.at("/system/dryWeatherAssumed").asBoolean()).isTrue();
        assertThat(json.at("/system/dryWeatherRule").asText()).startsWith("ASSUMED").contains("1.0 mm")
                .contains("valedger.plants.dry-weather.max-precipitation-mm");
        assertThat(json.at("/system/allWeatherCollectedBod7Kg").asDouble()).isCloseTo(600.0 * 366 + 70, within(1e-6));
        assertThat(json.at("/system/objectivePercent").asDouble()).isEqualTo(2.0);
        assertThat(json.at("/system/status").asText()).isEqualTo("WITHIN_OBJECTIVE");
        assertThat(json.at("/points/0").has("sharePercent")).isFalse();
        assertThat(other.status()).isEqualTo(202);
        var points = admin.get("/api/plants/o-sum/overflow-points?year=2023").json();
        assertThat(points.at("/1/bod7Kg").asDouble()).isEqualTo(99.0);
        assertThat(points.at("/0/east").asDouble()).isEqualTo(463000.0);
        var noSeries = admin.get("/api/plants/o-sum/overflows?year=2023").json();
        assertThat(noSeries.at("/system/dryWeatherBasis").asText()).isEqualTo("NONE");
        assertThat(noSeries.at("/system/status").asText()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(noSeries.at("/system/overflowedBod7Kg").asDouble()).isEqualTo(99.0);
    }

    @Test
    void withoutARainSeriesTheDryDaysAreTheDaysWithInflowAtOrBelowTheYearsMedianAndTheAnswerSaysSo() {
        admin.post("/api/plants", """
                {"id":"o-flow","name":"O","permit":{"personEquivalents":10000,"designFlowM3PerDay":5000.0,
                 "validFrom":"2020-01-01","reference":"M 5-20"}}""");
        admin.post("/api/plants/o-flow/overflow-points", """
                {"id":"BR-1","name":"Bräddavlopp","type":"NETWORK_OVERFLOW","east":463000,"north":7004000,
                 "recipient":"Storsjön"}""");
        admin.post("/api/plants/o-flow/overflows", overflow("BR-1", "2025-06-01T10:00:00Z", "2025-06-01T13:00:00Z", 300,
                true, 30, "RAIN"));
        String last = null;
        // four 24-hour samples with their day's flow: 1000-4000 m3/d carrying 100-400 kg BOD7/d; one weekly composite
        for (int i = 1; i <= 4; i++) {
            last = admin.post("/api/plants/o-flow/samples", """
                    {"date":"2025-0%d-10","inflowM3":%d,"values":[{"parameter":"BOD7","value":%d,"unit":"kg/d"}]}"""
                    .formatted(i, i * 1000, i * 100)).header("X-Event-Position");
        }
        var weekly = admin.post("/api/plants/o-flow/samples", """
                {"kind":"WEEKLY_COMPOSITE","periodStart":"2025-05-04T22:00:00Z","periodEnd":"2025-05-11T22:00:00Z",
                 "inflowM3":7000,"values":[{"parameter":"BOD7","value":9000,"unit":"kg/d"}]}""");
        assertThat(weekly.status()).as(weekly.body()).isEqualTo(201);
        last = weekly.header("X-Event-Position");
        var json = admin.get("/api/plants/o-flow/overflows?year=2025&minPosition=" + last).json();
        // the median of 1000, 2000, 3000, 4000 is 2500: the 1000 and 2000 m3/d days are dry, mean 150 kg/d
        assertThat(json.at("/system/dryWeatherBasis").asText()).isEqualTo("INFLOW_PERCENTILE");
        assertThat(json.at("/system/dryDays").asInt()).isEqualTo(2);
        assertThat(json.at("/system/dryWeatherSamples").asInt()).isEqualTo(2);
        assertThat(json.at("/system/collectedBod7Kg").asDouble()).isCloseTo(150.0 * 365, within(1e-6));
        assertThat(json.at("/system/sharePercent").asDouble()).isCloseTo(30 / (150.0 * 365) * 100, within(1e-9));
        assertThat(json.at("/system/dryWeatherRule").asText()).contains("50.0th percentile").contains("2500.0 m3/d")
                .contains("valedger.plants.dry-weather.inflow-percentile");
        assertThat(json.at("/system/status").asText()).isEqualTo("WITHIN_OBJECTIVE");
    }

    @Test
    void anOverflowWithoutARegisteredPointOrWithBadFiguresIsRefusedNamingTheField() {
        admin.post("/api/plants", """
                {"id":"o-bad","name":"O","permit":{"personEquivalents":10000,"designFlowM3PerDay":5000.0,
                 "validFrom":"2020-01-01","reference":"M 5-20"}}""");
        long before = events("o-bad");
        var noPoint = admin.post("/api/plants/o-bad/overflows", overflow("NOWHERE", "2024-06-01T10:00:00Z",
                "2024-06-01T13:00:00Z", 300, true, 40, "RAIN"));
        assertThat(noPoint.status()).isEqualTo(400);
        assertThat(noPoint.json().get("field").asText()).isEqualTo("pointId");
        assertThat(noPoint.json().get("reason").asText()).contains("no overflow point NOWHERE is registered");
        var outside = admin.post("/api/plants/o-bad/overflow-points", """
                {"id":"BR-9","name":"x","type":"NETWORK_OVERFLOW","east":18.2,"north":63.1,"recipient":"Storsjön"}""");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("field").asText()).isEqualTo("east");
        assertThat(admin.post("/api/plants/o-bad/overflow-points", """
                {"id":"BR-9","name":"x","type":"NETWORK_OVERFLOW","east":463000,"north":7004000}""")
                .json().get("field").asText()).isEqualTo("recipient");
        String pointPosition = admin.post("/api/plants/o-bad/overflow-points", """
                {"id":"BR-9","name":"x","type":"NETWORK_OVERFLOW","east":463000,"north":7004000,"recipient":"S"}""")
                .header("X-Event-Position");
        long registered = events("o-bad");
        assertThat(registered).isEqualTo(before + 1);
        assertThat(admin.post("/api/plants/o-bad/overflows", overflow("BR-9", "2024-06-01T13:00:00Z",
                "2024-06-01T10:00:00Z", 300, true, 40, "RAIN")).json().get("field").asText()).isEqualTo("end");
        assertThat(admin.post("/api/plants/o-bad/overflows", overflow("BR-9", "2024-06-01T10:00:00Z",
                "2024-06-01T13:00:00Z", -3, true, 40, "RAIN")).json().get("field").asText()).isEqualTo("volumeM3");
        var noCause = admin.post("/api/plants/o-bad/overflows", """
                {"pointId":"BR-9","start":"2024-06-01T10:00:00Z","end":"2024-06-01T13:00:00Z","volumeM3":3,
                 "volumeMeasured":true}""");
        assertThat(noCause.json().get("field").asText()).isEqualTo("cause");
        assertThat(events("o-bad")).isEqualTo(registered);
        var none = admin.get("/api/plants/o-bad/overflows?year=2024&minPosition=" + pointPosition).json();
        assertThat(none.at("/system/status").asText()).isEqualTo("INSUFFICIENT_DATA");
    }
}
