package se.valedger.http.api.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

@IntegrationTest
class ZoneAnalysisTest {

    static final Path HORSENS = SharedData.file("wwtp/horsens_wwtp_inflow_hourly.csv");

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    void pipe(String id, String district, String kind, double lengthM) {
        var answer = admin.post("/api/pipes", """
                {"id":"%s","networkKind":"%s","material":"PE","diameterMm":160,"lengthM":%s,
                 "installationYear":1985,"district":"%s","consequenceClass":2}"""
                .formatted(id, kind, lengthM, district));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    Api.Response created(String json) {
        var answer = admin.post("/api/zones", json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer;
    }

    Api.Response imported(String zone, String meter, String csv) {
        var answer = admin.post("/api/imports/meter-series?zone=" + zone + "&meter=" + meter, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("rejected").asInt()).as(answer.body()).isZero();
        return answer;
    }

    Api.Response volume(String zone, String body) {
        return admin.post("/api/zones/" + zone + "/volumes", body);
    }

    static String constant(Instant from, int hours, double m3PerHour) {
        StringBuilder csv = new StringBuilder("datetime;flöde (m3/h)\n");
        for (int h = 0; h < hours; h++) {
            csv.append(from.plus(h, ChronoUnit.HOURS)).append(';')
                    .append(String.format(Locale.ROOT, "%.3f", m3PerHour)).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aZonesBalanceAddsUpAndItsIliEqualsTheHandCalculationWithTheSmallZoneWarning() {
        for (int i = 1; i <= 4; i++) {
            pipe("WB-" + i, "Balansby", "DRINKING_WATER", 2500);
        }
        pipe("WB-S", "Balansby", "WASTEWATER", 900);
        created("""
                {"id":"DMA-WB","name":"Balansby","kind":"SUPPLY","connections":400,"averagePressureM":50,
                 "privateServicePipeKm":2.0,"district":"Balansby","inflowMeters":["WB-in"]}""");
        // 2025: 8,760 hours of 10 m3/h in UTC = 365 complete local days, 87,600 m3
        imported("DMA-WB", "WB-in", constant(Instant.parse("2024-12-31T23:00:00Z"), 8760, 10));
        assertThat(volume("DMA-WB", "{\"year\":2025,\"kind\":\"BILLED_METERED\",\"m3\":60000,\"source\":\"VA-bas 2025\"}")
                .status()).isEqualTo(202);
        volume("DMA-WB", "{\"year\":2025,\"kind\":\"BILLED_UNMETERED\",\"m3\":1000,\"source\":\"flat rate\"}");
        volume("DMA-WB", "{\"year\":2025,\"kind\":\"UNBILLED_METERED\",\"m3\":500,\"source\":\"own use\"}");
        var last = volume("DMA-WB", "{\"year\":2025,\"kind\":\"UNBILLED_UNMETERED\",\"m3\":800,"
                + "\"source\":\"fire service estimate\"}");
        assertThat(last.json().get("outcome").asText()).isEqualTo("CREATED");

        var answer = admin.get("/api/zones/DMA-WB/water-balance?year=2025&minPosition=" + last.header("X-Event-Position"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode b = answer.json();
        assertThat(b.get("systemInputM3").asDouble()).isCloseTo(87_600, within(1e-6));
        assertThat(b.get("authorisedM3").asDouble()).isEqualTo(62_300.0);
        assertThat(b.get("billedAuthorisedM3").asDouble()).isEqualTo(61_000.0);
        assertThat(b.get("waterLossesM3").asDouble()).isCloseTo(25_300, within(1e-6));
        assertThat(b.get("nonRevenueWaterM3").asDouble()).isCloseTo(26_600, within(1e-6));
        double apparent = 60_000 * 0.02 / 0.98 + 60_000 * 0.0025 + 87_600 * 0.0025;
        assertThat(b.get("apparentLossesM3").asDouble()).isCloseTo(apparent, within(1e-6));
        double real = 25_300 - apparent;
        assertThat(b.get("realLossesM3").asDouble()).isCloseTo(real, within(1e-6));
        assertThat(b.get("authorisedM3").asDouble() + b.get("apparentLossesM3").asDouble()
                + b.get("realLossesM3").asDouble()).isCloseTo(b.get("systemInputM3").asDouble(), within(1e-6));
        assertThat(b.get("mainsKm").asDouble()).isCloseTo(10.0, within(1e-9));
        assertThat(b.get("connections").asInt()).isEqualTo(400);
        assertThat(b.get("realLossesM3PerKmPerDay").asDouble()).isCloseTo(real / 10 / 365, within(1e-9));
        assertThat(b.get("realLossesLitresPerConnectionPerDay").asDouble()).isCloseTo(real * 1000 / 400 / 365,
                within(1e-9));
        // UARL = (18 x 10 + 0.8 x 400 + 25 x 2) x 50 = 27,500 l/day; x 365 / 1000 = 10,037.5 m3
        assertThat(b.get("uarlM3PerYear").asDouble()).isCloseTo(10_037.5, within(1e-9));
        assertThat(b.get("ili").asDouble()).isCloseTo(real / 10_037.5, within(1e-9));
        assertThat(b.get("warnings").toString()).contains("400 connections").contains("indicative");
        assertThat(b.at("/origins/systemInputM3").asText()).isEqualTo("MEASURED");
        assertThat(b.at("/origins/billedMeteredM3").asText()).isEqualTo("BILLED");
        assertThat(b.at("/origins/unbilledUnmeteredM3").asText()).isEqualTo("ESTIMATED");
        assertThat(b.at("/origins/apparentLossesM3").asText()).isEqualTo("ASSUMED");
        assertThat(b.get("assumptions").toString()).contains("ASSUMED customer meter under-registration 2.0 %")
                .contains("valedger.zones.customer-meter-under-registration-percent");
        assertThat(b.get("addsUp").asBoolean()).isTrue();
        assertThat(b.get("completeDays").asInt()).isEqualTo(365);

        // the yearly report as CSV and xlsx
        var csv = admin.get("/api/zones/DMA-WB/water-balance?year=2025", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("zone,year,figure,value,unit,origin_or_text\r\n")
                .contains("\"DMA-WB\",2025,systemInputM3,87600.000,m3,\"MEASURED\"\r\n")
                .contains(String.format(Locale.ROOT, ",ili,%.3f,,\"CALCULATED\"", real / 10_037.5))
                .contains("assumption,,,\"ASSUMED customer meter");
        var xlsx = admin.get("/api/zones/DMA-WB/water-balance?year=2025",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");

        // the whole utility: at least this zone's water, every zone's figures summed
        JsonNode utility = admin.get("/api/zones/water-balance?year=2025").json();
        assertThat(utility.get("name").asText()).startsWith("all supply zones");
        assertThat(utility.get("systemInputM3").asDouble()).isGreaterThanOrEqualTo(87_600);
        assertThat(utility.get("mainsKm").asDouble()).isGreaterThanOrEqualTo(10.0);
        assertThat(utility.get("connections").asInt()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void aBalanceThatCannotAddUpIsFlaggedWithTheReasonAndShowsNoLoss() {
        pipe("WF-1", "Felby", "DRINKING_WATER", 1000);
        created("""
                {"id":"DMA-WF","name":"Felby","kind":"SUPPLY","connections":100,"averagePressureM":40,
                 "district":"Felby","inflowMeters":["WF-in"]}""");
        imported("DMA-WF", "WF-in", constant(Instant.parse("2025-01-31T23:00:00Z"), 24, 10));
        var last = volume("DMA-WF", "{\"year\":2025,\"kind\":\"BILLED_METERED\",\"m3\":100000,\"source\":\"VA-bas\"}");

        JsonNode b = admin.get("/api/zones/DMA-WF/water-balance?year=2025&minPosition=" + last.header("X-Event-Position"))
                .json();
        // one day of 240 m3 scaled to 365 days, said so
        assertThat(b.get("systemInputM3").asDouble()).isCloseTo(87_600, within(1e-6));
        assertThat(b.at("/origins/systemInputM3").asText()).isEqualTo("MEASURED_SCALED");
        assertThat(b.get("assumptions").toString()).contains("1 of 365 days");
        assertThat(b.get("addsUp").asBoolean()).isFalse();
        assertThat(b.get("problems").toString()).contains("exceeds the system input");
        assertThat(b.path("realLossesM3").isNumber()).isFalse();
        assertThat(b.path("nonRevenueWaterM3").isNumber()).isFalse();
        assertThat(b.path("ili").isNumber()).isFalse();
        // private service pipe from the default per connection, marked
        assertThat(b.get("privateServicePipeKm").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(b.at("/origins/privateServicePipeKm").asText()).isEqualTo("ASSUMED");
    }

    @Test
    void badVolumesAndQuestionsAreRefusedNamingTheField() {
        created("""
                {"id":"DMA-BV","name":"Bad","kind":"SUPPLY","connections":10,"averagePressureM":40,
                 "district":"BV","inflowMeters":["BV-in"]}""");
        String both = created("""
                {"id":"AVR-BV","name":"Bad","kind":"SEWER_CATCHMENT","district":"BV","inflowMeters":["BV-ps"]}""")
                .header("X-Event-Position");
        ZoneApiTest.assertField(volume("DMA-BV", "{\"kind\":\"BILLED_METERED\",\"m3\":1,\"source\":\"s\"}"), "year");
        ZoneApiTest.assertField(volume("DMA-BV", "{\"year\":2025,\"kind\":\"BILLED_METERED\",\"m3\":-1,\"source\":\"s\"}"),
                "m3");
        ZoneApiTest.assertField(volume("DMA-BV", "{\"year\":2025,\"kind\":\"BILLED_METERED\",\"m3\":1,\"source\":\" \"}"),
                "source");
        ZoneApiTest.assertField(volume("DMA-BV", "{\"year\":2025,\"m3\":1,\"source\":\"s\"}"), "kind");
        assertThat(volume("DMA-BV", "{\"year\":2025,\"kind\":\"BILLED\",\"m3\":1,\"source\":\"s\"}").status())
                .isEqualTo(400);
        var catchment = volume("AVR-BV", "{\"year\":2025,\"kind\":\"BILLED_METERED\",\"m3\":1,\"source\":\"s\"}");
        assertThat(catchment.status()).as(catchment.body()).isEqualTo(409);
        assertThat(admin.get("/api/zones/AVR-BV/water-balance?year=2025&minPosition=" + both).status()).isEqualTo(409);
        assertThat(admin.get("/api/zones/DMA-BV/infiltration?year=2025&minPosition=" + both).status()).isEqualTo(409);
        assertThat(admin.get("/api/zones/DMA-BV/water-balance").status()).isEqualTo(400);
        ZoneApiTest.assertField(admin.get("/api/zones/DMA-BV/water-balance?year=20255"), "year");
        ZoneApiTest.assertField(admin.get("/api/zones/DMA-BV/night-flow?from=2025-05-10&to=2025-05-01"), "to");
        ZoneApiTest.assertField(admin.get("/api/zones/DMA-BV/night-flow?from=2020-01-01&to=2025-05-01"), "from");
        assertThat(admin.get("/api/zones/DMA-NONE/water-balance?year=2025").status()).isEqualTo(404);
    }

    /**
     * The stated series: 500 connections using 1.7 l/h each at night (0.85 m3/h before 05:00 local) and a diurnal
     * day use, a constant leak of 3 m3/h, noise of +-0.1 m3/h per quarter-hour (seeded), and a burst of 2 m3/h from
     * local midnight of 2025-06-05; one quarter-hour missing in the night of 2025-05-20.
     */
    static String synthetic() {
        Random noise = new Random(19);
        StringBuilder csv = new StringBuilder("tid;volym (m3)\n");
        for (LocalDateTime t = LocalDateTime.of(2025, 5, 1, 0, 0); t.isBefore(LocalDateTime.of(2025, 6, 20, 0, 0));
             t = t.plusMinutes(15)) {
            double hour = t.getHour() + t.getMinute() / 60.0;
            double use = hour < 5 ? 0.85 : 0.85 + 20 * Math.pow(Math.sin(Math.PI * (hour - 5) / 19), 2);
            double burst = t.toLocalDate().isBefore(LocalDate.of(2025, 6, 5)) ? 0 : 2.0;
            double rate = use + 3.0 + burst + (noise.nextDouble() - 0.5) * 0.2;
            if (t.equals(LocalDateTime.of(2025, 5, 20, 3, 0))) {
                continue;
            }
            csv.append(t.toLocalDate()).append(' ').append(t.toLocalTime()).append(';')
                    .append(String.format(Locale.ROOT, "%.5f", rate / 4)).append('\n');
        }
        return csv.toString();
    }

    @Test
    void theNightFlowAnalysisRecoversTheInjectedLeakageAndFlagsTheBurstNight() {
        created("""
                {"id":"DMA-NF","name":"Nattby","kind":"SUPPLY","connections":500,"averagePressureM":45,
                 "nightUseLitresPerConnectionPerHour":1.7,"nightDayFactorHours":24,"district":"Nattby",
                 "inflowMeters":["NF-in"]}""");
        var report = imported("DMA-NF", "NF-in", synthetic());
        assertThat(report.json().get("intervalMinutes").asInt()).isEqualTo(15);
        assertThat(report.json().get("gaps").asInt()).isEqualTo(1);

        var answer = admin.get("/api/zones/DMA-NF/night-flow?from=2025-05-01&to=2025-06-19&minPosition="
                + report.header("X-Event-Position"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode n = answer.json();
        assertThat(n.get("nightUseM3PerH").asDouble()).isCloseTo(0.85, within(1e-9));
        assertThat(n.get("nightUseOrigin").asText()).isEqualTo("REGISTERED");
        assertThat(n.get("nights").size()).isEqualTo(49);
        assertThat(n.at("/skipped/0/night").asText()).isEqualTo("2025-05-20");
        for (JsonNode night : n.get("nights")) {
            boolean afterBurst = !LocalDate.parse(night.get("night").asText()).isBefore(LocalDate.of(2025, 6, 5));
            double expected = afterBurst ? 5.0 * 24 : 3.0 * 24;
            assertThat(night.get("leakageM3PerDay").asDouble()).as(night.toString())
                    .isCloseTo(expected, within(expected * 0.05));
            assertThat(night.get("netNightFlowM3PerH").asDouble())
                    .isCloseTo(night.get("minimumNightFlowM3PerH").asDouble() - 0.85, within(1e-9));
        }
        assertThat(n.get("signals").size()).isEqualTo(1);
        assertThat(n.at("/signals/0/since").asText()).isEqualTo("2025-06-05");
        for (JsonNode night : n.get("nights")) {
            assertThat(night.path("signal").asText()).as(night.toString())
                    .isEqualTo(night.get("night").asText().equals("2025-06-05") ? "POSSIBLE_NEW_LEAK" : "");
        }
        assertThat(n.at("/signals/0/status").asText()).isEqualTo("OPEN");
        var csv = admin.get("/api/zones/DMA-NF/night-flow?from=2025-05-01&to=2025-06-19", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().split("\r\n")).hasSize(1 + 49 + 1);
        assertThat(csv.body()).contains("\r\n2025-06-05,").contains(",true,POSSIBLE_NEW_LEAK\r\n")
                .contains("2025-05-20,,,,,,,\"skipped: the series has a gap");

        // the signal is work: listed open, then confirmed as a leak report, once
        ZoneApiTest.assertField(admin.get("/api/zones/signals?status=open-ish"), "status");
        JsonNode open = admin.get("/api/zones/signals?status=OPEN").json();
        assertThat(open.toString()).contains("\"zoneId\":\"DMA-NF\"").contains("\"since\":\"2025-06-05\"");
        ZoneApiTest.assertField(admin.post("/api/zones/DMA-NF/signals/2025-06-05/dismiss", "{\"reason\":\" \"}"),
                "reason");
        assertThat(admin.post("/api/zones/DMA-NF/signals/2025-05-20/confirm", "{}").status()).isEqualTo(404);
        var confirmed = admin.post("/api/zones/DMA-NF/signals/2025-06-05/confirm",
                "{\"position\":{\"crs\":\"EPSG:3006\",\"x\":492000,\"y\":6995000},\"severity\":\"HIGH\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.header("Location")).isEqualTo("/api/leaks/NF-DMA-NF-2025-06-05");
        JsonNode leak = admin.get("/api/leaks/NF-DMA-NF-2025-06-05?minPosition=" + confirmed.header("X-Event-Position"))
                .json();
        assertThat(leak.get("kind").asText()).isEqualTo("LEAK");
        // the rise over the baseline, about 2 m3/h, as litres per second
        assertThat(leak.get("estimatedFlowLps").asDouble()).isCloseTo(2.0 / 3.6, within(0.1));
        assertThat(admin.post("/api/zones/DMA-NF/signals/2025-06-05/confirm", "{\"position\":{\"crs\":\"EPSG:3006\","
                + "\"x\":492000,\"y\":6995000}}").status()).isEqualTo(409);
        assertThat(admin.post("/api/zones/DMA-NF/signals/2025-06-05/dismiss", "{\"reason\":\"a fire\"}").status())
                .isEqualTo(409);
        JsonNode decided = admin.get("/api/zones/DMA-NF/night-flow?from=2025-05-01&to=2025-06-19&minPosition="
                + confirmed.header("X-Event-Position")).json();
        assertThat(decided.at("/signals/0/status").asText()).isEqualTo("CONFIRMED");
        assertThat(decided.at("/signals/0/leakId").asText()).isEqualTo("NF-DMA-NF-2025-06-05");
        assertThat(decided.at("/signals/0/decidedBy").asText()).isEqualTo("admin");
        assertThat(admin.get("/api/zones/signals?status=OPEN").body()).doesNotContain("DMA-NF");
    }

    @Test
    void theHorsensCatchmentsInfiltrationIsComputedAndTheCatchmentsAreRankedPerKm() throws Exception {
        for (int i = 1; i <= 3; i++) {
            pipe("HS-" + i, "Horsens", "WASTEWATER", 4000);
        }
        pipe("HS-W", "Horsens", "DRINKING_WATER", 5000);
        created("""
                {"id":"AVR-HORSENS","name":"Horsens","kind":"SEWER_CATCHMENT","connectedPersons":50000,
                 "district":"Horsens","inflowMeters":["PS-H"]}""");
        var report = admin.post("/api/imports/meter-series?zone=AVR-HORSENS&meter=PS-H&fileName=horsens.csv",
                "text/csv", Files.readAllBytes(HORSENS));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("rowsRead").asInt()).isEqualTo(9868);
        assertThat(report.json().get("notes").toString()).contains("rate in m3/h");
        assertThat(report.json().get("gaps").asInt()).isPositive();

        pipe("SM-1", "Småby", "WASTEWATER", 1000);
        created("""
                {"id":"AVR-SMABY","name":"Småby","kind":"SEWER_CATCHMENT","connectedPersons":0,"district":"Småby",
                 "inflowMeters":["PS-S"]}""");
        var small = imported("AVR-SMABY", "PS-S", constant(Instant.parse("2024-05-31T22:00:00Z"), 24 * 10, 100));

        var answer = admin.get("/api/zones/AVR-HORSENS/infiltration?year=2024&minPosition="
                + small.header("X-Event-Position"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode i = answer.json();
        assertThat(i.get("sewerKm").asDouble()).isCloseTo(12.0, within(1e-9));
        assertThat(i.get("completeDays").asInt()).isGreaterThan(200);
        assertThat(i.get("dryDays").asInt()).isPositive().isLessThan(i.get("completeDays").asInt());
        double expectedNight = 50_000 * 1.5 / 1000;
        assertThat(i.get("expectedNightWastewaterM3PerH").asDouble()).isCloseTo(expectedNight, within(1e-9));
        double infiltration = 24 * (i.get("meanNightMinimumM3PerH").asDouble() - expectedNight);
        assertThat(i.get("infiltrationM3PerDay").asDouble()).isCloseTo(infiltration, within(1e-6)).isPositive()
                .isLessThan(i.get("dryWeatherFlowM3PerDay").asDouble());
        assertThat(i.get("infiltrationM3PerKmPerDay").asDouble()).isCloseTo(infiltration / 12, within(1e-6));
        assertThat(i.get("rainDependentInflowM3").asDouble()).isPositive();
        assertThat(i.get("warnings").toString()).contains("gaps").contains("ASSUMED");
        assertThat(i.at("/origins/expectedNightWastewaterM3PerH").asText()).isEqualTo("ASSUMED");

        JsonNode ranking = admin.get("/api/zones/infiltration?year=2024").json();
        // Småby: 100 m3/h all day and night, no persons, 1 km: 2,400 m3/km/day; catchments without data come last
        assertThat(ranking.at("/0/zoneId").asText()).isEqualTo("AVR-SMABY");
        assertThat(ranking.at("/0/rank").asInt()).isEqualTo(1);
        assertThat(ranking.at("/0/infiltrationM3PerKmPerDay").asDouble()).isCloseTo(2400, within(1e-6));
        assertThat(ranking.at("/1/zoneId").asText()).isEqualTo("AVR-HORSENS");
        assertThat(ranking.at("/1/rank").asInt()).isEqualTo(2);
        assertThat(ranking.at("/1/infiltrationM3PerKmPerDay").asDouble()).isCloseTo(infiltration / 12, within(1e-6));
    }
}
