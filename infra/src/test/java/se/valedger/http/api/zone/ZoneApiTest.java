package se.valedger.http.api.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

@IntegrationTest
class ZoneApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    static String zone(String id, String extra) {
        return """
                {"id":"%s","name":"Zon %s","kind":"SUPPLY","connections":400,"averagePressureM":50,
                 "privateServicePipeKm":2.0,"inflowMeters":["%s-in"],%s}""".formatted(id, id, id, extra);
    }

    long events(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }

    void pipe(String id, String district, String kind, double lengthM) {
        var answer = admin.post("/api/pipes", """
                {"id":"%s","networkKind":"%s","material":"PE","diameterMm":160,"lengthM":%s,
                 "installationYear":1985,"district":"%s","consequenceClass":2}"""
                .formatted(id, kind, lengthM, district));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** An hourly series of a constant rate, timestamps in UTC. */
    static byte[] constantHours(Instant from, int hours, double m3PerHour) {
        StringBuilder csv = new StringBuilder("datetime;flow (m3/h)\n");
        for (int h = 0; h < hours; h++) {
            csv.append(from.plus(h, ChronoUnit.HOURS)).append(';')
                    .append(String.format(Locale.ROOT, "%.3f", m3PerHour)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    Api.Response importSeries(String zone, String meter, byte[] csv) {
        return admin.post("/api/imports/meter-series?zone=" + zone + "&meter=" + meter + "&fileName=series.csv",
                "text/csv", csv);
    }

    @Test
    void aRegisteredZoneIsListedAndShownWithItsFigures() {
        var created = admin.post("/api/zones", zone("DMA-A", "\"district\":\"Lugnvik\",\"nightDayFactorHours\":20"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/zones/DMA-A");
        String position = created.header("X-Event-Position");

        JsonNode one = admin.get("/api/zones/DMA-A?minPosition=" + position).json();
        assertThat(one.get("kind").asText()).isEqualTo("SUPPLY");
        assertThat(one.get("connections").asInt()).isEqualTo(400);
        assertThat(one.get("averagePressureM").asDouble()).isEqualTo(50.0);
        assertThat(one.get("nightDayFactorHours").asDouble()).isEqualTo(20.0);
        assertThat(one.get("district").asText()).isEqualTo("Lugnvik");
        assertThat(one.get("inflowMeters").toString()).isEqualTo("[\"DMA-A-in\"]");
        JsonNode all = admin.get("/api/zones?kind=SUPPLY&minPosition=" + position).json();
        assertThat(all.at("/zones/0/id").asText()).isEqualTo("DMA-A");
        assertThat(admin.get("/api/zones?kind=SEWER_CATCHMENT").json().at("/zones").size()).isZero();
    }

    @Test
    void badZonesAreRefusedNamingTheFieldAndStoreNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
        assertField(admin.post("/api/zones", "{\"id\":\"DMA-X\",\"name\":\"X\",\"inflowMeters\":[\"m\"],"
                + "\"district\":\"d\"}"), "kind");
        assertField(admin.post("/api/zones", zone("DMA-X", "\"district\":\"d\",\"pipeIds\":[\"VA-1\"]")), "pipeIds");
        assertField(admin.post("/api/zones", zone("DMA-X", "\"averagePressureM\":-3,\"district\":\"d\"")
                .replace("\"averagePressureM\":50,", "")), "averagePressureM");
        assertField(admin.post("/api/zones", zone("DMA-X", "\"district\":\"d\"").replace("\"connections\":400,", "")),
                "connections");
        assertField(admin.post("/api/zones", zone("DMA-X", "\"district\":\"d\"")
                .replace("\"inflowMeters\":[\"DMA-X-in\"],", "")), "inflowMeters");
        assertField(admin.post("/api/zones", zone("DMA-X", "\"district\":\"d\",\"outflowMeters\":[\"DMA-X-in\"]")),
                "outflowMeters[0]");
        assertField(admin.post("/api/zones", zone("infiltration", "\"district\":\"d\"")), "id");
        assertField(admin.post("/api/zones", zone("DMA-X", "\"polygon\":{\"coordinates\":[[0,0],[10,10],[10,0],"
                + "[0,10]]}")), "polygon.coordinates");
        assertField(admin.post("/api/zones", zone("DMA-X", "\"polygon\":{\"coordinates\":[[0,0],[10,10]]}")),
                "polygon.coordinates");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(before);

        assertThat(admin.post("/api/zones", zone("DMA-D", "\"district\":\"d\"")).status()).isEqualTo(201);
        var again = admin.post("/api/zones", zone("DMA-D", "\"district\":\"e\""));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(admin.get("/api/zones/DMA-NONE").status()).isEqualTo(404);
    }

    /** Waits until the zones read model holds the answer's events. */
    void projected(String zone, Api.Response answer) {
        assertThat(admin.get("/api/zones/" + zone + "?minPosition=" + answer.header("X-Event-Position"))
                .header("X-Projection-Behind")).isNull();
    }

    static void assertField(Api.Response answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asText()).as(answer.body()).isEqualTo(field);
    }

    @Test
    void aMeterSeriesBecomesOneEventPerDayWithItsGapsReportedAndACorrectionIsANewEventForThatDay() {
        admin.post("/api/zones", zone("DMA-S", "\"district\":\"S\""));
        // 2025-03-10 local is 2025-03-09T23:00Z .. 2025-03-10T23:00Z (CET); two local days, with 3 hours missing
        StringBuilder csv = new StringBuilder("datetime;flow (m3/h)\n");
        Instant start = Instant.parse("2025-03-09T23:00:00Z");
        for (int h = 0; h < 48; h++) {
            if (h >= 26 && h < 29) {
                continue;
            }
            csv.append(start.plus(h, ChronoUnit.HOURS)).append(';').append(10 + h % 3).append('\n');
        }
        var report = importSeries("DMA-S", "DMA-S-in", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode body = report.json();
        assertThat(body.get("rowsRead").asInt()).isEqualTo(45);
        assertThat(body.get("accepted").asInt()).isEqualTo(45);
        assertThat(body.get("created").asInt()).isEqualTo(2);
        assertThat(body.get("days").asInt()).isEqualTo(2);
        assertThat(body.get("gaps").asInt()).isEqualTo(3);
        assertThat(body.get("intervalMinutes").asInt()).isEqualTo(60);
        assertThat(body.at("/warnings/0/reason").asText()).contains("2025-03-11: 3 of 24 intervals have no value")
                .contains("from 02:00").contains("never filled");
        String sha = body.get("fileSha256").asText();
        assertThat(sha).hasSize(64);
        // two day events, one import event naming the hash
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = "
                + "'DMA-S' AND payload_type LIKE '%MeterDayRecorded'", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event WHERE "
                + "aggregate_identifier = 'DMA-S' AND payload_type LIKE '%MeterSeriesImported'", String.class))
                .contains(sha).contains("series.csv");

        long before = events("DMA-S");
        var same = importSeries("DMA-S", "DMA-S-in", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(same.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(events("DMA-S")).isEqualTo(before + 1);

        String fix = "datetime;flow (m3/h)\n" + Instant.parse("2025-03-11T01:00:00Z") + ";11\n"
                + Instant.parse("2025-03-11T02:00:00Z") + ";12\n";
        var corrected = importSeries("DMA-S", "DMA-S-in", fix.getBytes(StandardCharsets.UTF_8));
        assertThat(corrected.json().get("corrected").asInt()).as(corrected.body()).isEqualTo(1);
        projected("DMA-S", corrected);
        assertThat(jdbc.queryForObject("SELECT corrections FROM zone.meter_day WHERE zone_id = 'DMA-S' AND day = "
                + "'2025-03-11'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT volumes_m3->>2 FROM zone.meter_day WHERE zone_id = 'DMA-S' AND day = "
                + "'2025-03-11'", String.class)).isEqualTo("11.0");
        assertThat(jdbc.queryForObject("SELECT volumes_m3->>4 FROM zone.meter_day WHERE zone_id = 'DMA-S' AND day = "
                + "'2025-03-11'", String.class)).isNull();
    }

    @Test
    void aSeriesThatCannotBeReadIsRefusedWithTheFieldAndStoresNothing() {
        admin.post("/api/zones", zone("DMA-B", "\"district\":\"B\""));
        long before = events("DMA-B");
        byte[] csv = constantHours(Instant.parse("2025-01-01T00:00:00Z"), 3, 5);
        assertField(importSeries("DMA-B", "no-such-meter", csv), "meter");
        assertField(admin.post("/api/imports/meter-series?zone=DMA-B&meter=DMA-B-in&unit=gallons", "text/csv", csv),
                "unit");
        assertField(importSeries("DMA-B", "DMA-B-in", "time;reading\n2025-01-01 00:00;3\n2025-01-01 01:00;4\n"
                .getBytes(StandardCharsets.UTF_8)), "unit");
        assertField(importSeries("DMA-B", "DMA-B-in", "time;flow\n2025-01-01 00:00;3\n2025-01-01 00:07;4\n"
                .getBytes(StandardCharsets.UTF_8)), "interval");
        assertThat(importSeries("NO-ZONE", "m", csv).status()).isEqualTo(404);
        assertThat(events("DMA-B")).isEqualTo(before);

        var rows = importSeries("DMA-B", "DMA-B-in", ("time;flow\n2025-01-01 00:00;3\n2025-01-01 01:00;-4\n"
                + "yesterday;5\n2025-01-01 02:00;abc\n2025-01-01 03:00;4,5\n").getBytes(StandardCharsets.UTF_8));
        assertThat(rows.status()).as(rows.body()).isEqualTo(200);
        JsonNode report = rows.json();
        assertThat(report.get("rowsRead").asInt()).isEqualTo(5);
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(report.at("/errors/0/reason").asText()).contains("negative");
        assertThat(report.at("/errors/1/reason").asText()).contains("not a time");
        assertThat(report.at("/errors/2/reason").asText()).contains("not a number");
        assertThat(report.at("/notes").toString()).contains("local time").contains("m3/h");
        projected("DMA-B", rows);
        assertThat(jdbc.queryForObject("SELECT volumes_m3->>3 FROM zone.meter_day WHERE zone_id = 'DMA-B'",
                String.class)).isEqualTo("4.5");
    }

    @Test
    void aMeterSeriesMayComeAsAnXlsxWorkbookWithDateCells() throws Exception {
        admin.post("/api/zones", zone("DMA-X1", "\"district\":\"X1\""));
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("SCADA");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            sheet.createRow(0).createCell(0).setCellValue("Tidpunkt");
            sheet.getRow(0).createCell(1).setCellValue("Volym (m3)");
            java.time.LocalDateTime t = java.time.LocalDateTime.of(2025, 5, 2, 0, 0);
            for (int i = 0; i < 96; i++) {
                var row = sheet.createRow(i + 1);
                var time = row.createCell(0);
                time.setCellValue(t.plusMinutes(15L * i));
                time.setCellStyle(dates);
                row.createCell(1).setCellValue(1.25);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        var report = admin.post("/api/imports/meter-series?zone=DMA-X1&meter=DMA-X1-in",
                "application/octet-stream", xlsx);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("rowsRead").asInt()).isEqualTo(96);
        assertThat(report.json().get("created").asInt()).isEqualTo(1);
        assertThat(report.json().get("intervalMinutes").asInt()).isEqualTo(15);
        assertThat(report.json().get("unit").asText()).isEqualTo("m3");
        assertThat(report.json().get("gaps").asInt()).isZero();
        projected("DMA-X1", report);
        assertThat(jdbc.queryForObject("SELECT jsonb_array_length(volumes_m3) FROM zone.meter_day WHERE zone_id = "
                + "'DMA-X1'", Integer.class)).isEqualTo(96);
        assertField(admin.post("/api/imports/meter-series?zone=DMA-X1&meter=DMA-X1-in", "application/octet-stream",
                new byte[] {'P', 'K', 3, 4, 1, 2, 3}), "file");
    }

    @Test
    void aPumpingStationsRunTimeLogBecomesVolumesThroughThePumpsCapacity() {
        admin.post("/api/zones", zone("DMA-PS", "\"district\":\"PS\""));
        String log = "tid;drifttid\n2025-05-02 00:00;30\n2025-05-02 01:00;15\n2025-05-02 02:00;75\n";
        assertField(admin.post("/api/imports/meter-series?zone=DMA-PS&meter=DMA-PS-in&unit=min", "text/csv",
                log.getBytes(StandardCharsets.UTF_8)), "pumpCapacityM3PerH");
        var report = admin.post("/api/imports/meter-series?zone=DMA-PS&meter=DMA-PS-in&unit=min&pumpCapacityM3PerH=120",
                "text/csv", log.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(report.json().at("/errors/0/reason").asText()).contains("cannot run 75.0 minutes");
        projected("DMA-PS", report);
        // 30 min x 120 m3/h = 60 m3; 15 min = 30 m3
        assertThat(jdbc.queryForObject("SELECT volumes_m3->>0 || ',' || (volumes_m3->>1) FROM zone.meter_day WHERE "
                + "zone_id = 'DMA-PS'", String.class)).isEqualTo("60.0,30.0");
    }
}
