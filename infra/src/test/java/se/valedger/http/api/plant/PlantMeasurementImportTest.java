package se.valedger.http.api.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

@IntegrationTest
class PlantMeasurementImportTest {

    static final Path HORSENS = SharedData.file("wwtp/horsens_wwtp_inflow_hourly.csv");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Serializer serializer;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    /**
     * The file's complete days (every hour of the day in Europe/Stockholm present: 24, 23 on the spring and 25 on the
     * autumn daylight-saving day) and their volume, read here without the importer's code.
     */
    record Expected(int rows, int completeDays, double completeVolume, int hoursOfPartialDays, int hoursOfCompleteDays) {
        static Expected from(Path file) throws Exception {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, Set<String>> hours = new HashMap<>();
            Map<String, Double> volume = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(";");
                String stamp = parts[0].replace("\"", "");
                String day = stamp.substring(0, 10);
                hours.computeIfAbsent(day, d -> new HashSet<>()).add(stamp.substring(11, 13));
                volume.merge(day, Double.parseDouble(parts[1]), Double::sum);
            }
            int complete = 0;
            double total = 0;
            int partialHours = 0;
            int completeHours = 0;
            for (var entry : hours.entrySet()) {
                java.time.LocalDate day = java.time.LocalDate.parse(entry.getKey());
                java.time.ZoneId zone = java.time.ZoneId.of("Europe/Stockholm");
                long hoursOfDay = java.time.Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone))
                        .toHours();
                if (entry.getValue().size() == hoursOfDay) {
                    complete++;
                    completeHours += entry.getValue().size();
                    total += volume.get(entry.getKey());
                } else {
                    partialHours += entry.getValue().size();
                }
            }
            return new Expected(lines.size() - 1, complete, total, partialHours, completeHours);
        }
    }

    @Test
    void theRealHourlySeriesImportsAsDailyFlowMeasurementsOfItsCompleteDays() throws Exception {
        Expected expected = Expected.from(HORSENS);
        assertThat(expected.rows()).isEqualTo(9868);

        long eventsBefore = events();
        long started = System.nanoTime();
        var response = admin.post("/api/imports/plant-measurements?plant=goviken", "text/csv", Files.readAllBytes(HORSENS));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var report = response.json();
        assertThat(report.get("kind").asText()).isEqualTo("plant-measurements");
        assertThat(report.get("rowsRead").asInt()).isEqualTo(expected.rows());
        assertThat(report.get("created").asInt()).isEqualTo(expected.completeDays());
        assertThat(report.get("accepted").asInt()).isEqualTo(expected.hoursOfCompleteDays());
        assertThat(report.get("rejected").asInt()).isEqualTo(expected.hoursOfPartialDays());
        assertThat(report.get("corrected").asInt()).isZero();
        assertThat(report.get("errors").size()).isEqualTo(countPartialDays(report));
        assertThat(report.at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(report.at("/errors/0/reason").asText()).contains("2023-11-07 has 9 of 24 hours");

        long position = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        var capacity = admin.get("/api/plants/goviken/capacity?minPosition=" + position).json();
        var days = capacity.get("days");
        assertThat(days.size()).isEqualTo(expected.completeDays());
        double total = 0;
        for (var day : days) {
            total += day.get("inflowM3").asDouble();
            assertThat(day.has("bod7Kg")).isFalse();
        }
        assertThat(total).isCloseTo(expected.completeVolume(), within(1e-6));
        double yearTotals = 0;
        for (var year : capacity.get("years")) {
            yearTotals += year.get("totalInflowM3").asDouble();
        }
        assertThat(yearTotals).isCloseTo(expected.completeVolume(), within(1e-6));
        assertThat(capacity.at("/extraneousWater/years/1/extraneousShare").asDouble()).isBetween(0.0, 1.0);
        assertThat(capacity.at("/forecast/flow/points").asInt()).isPositive();
        assertThat(capacity.at("/forecast/load/status").asText()).isEqualTo("INSUFFICIENT_DATA");

        // The stream is long enough to have been snapshotted, and the plant loads from its snapshot:
        Integer snapshots = jdbc.queryForObject(
                "SELECT count(*) FROM event_store.snapshot_event WHERE aggregate_identifier = 'goviken'", Integer.class);
        assertThat(snapshots).isPositive();
        var snapshot = jdbc.queryForMap("SELECT sequence_number, payload, payload_type FROM event_store.snapshot_event "
                + "WHERE aggregate_identifier = 'goviken' ORDER BY sequence_number DESC LIMIT 1");
        long lastSequence = jdbc.queryForObject("SELECT max(sequence_number) FROM event_store.domain_event "
                + "WHERE aggregate_identifier = 'goviken'", Long.class);
        assertThat((Long) snapshot.get("sequence_number")).isGreaterThan(lastSequence - 100);
        Object restored = serializer.deserialize(new SimpleSerializedObject<>((byte[]) snapshot.get("payload"),
                byte[].class, (String) snapshot.get("payload_type"), null));
        assertThat(restored.getClass().getSimpleName()).isEqualTo("TreatmentPlant");
        assertThat(new String((byte[]) snapshot.get("payload"), StandardCharsets.UTF_8))
                .contains("\"plantId\":\"goviken\"").contains("\"2024-06-01\":{\"inflowM3\":");
        System.out.printf("Horsens import: %d ms, %d complete days, %.1f m3, %d events, %d snapshots, "
                        + "extraneous share %s, flow forecast %s %s%n", millis, expected.completeDays(),
                expected.completeVolume(), events() - eventsBefore, snapshots, capacity.at("/extraneousWater/years"),
                capacity.at("/forecast/flow/status").asText(), capacity.at("/forecast/flow/yearPermitReached"));
        long before = events();
        started = System.nanoTime();
        var again = admin.post("/api/imports/plant-measurements?plant=goviken", "text/csv", Files.readAllBytes(HORSENS))
                .json();
        System.out.printf("Horsens re-import (all unchanged): %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(again.get("unchanged").asInt()).isEqualTo(expected.completeDays());
        assertThat(again.get("created").asInt()).isZero();
        assertThat(events()).isEqualTo(before);
    }

    private static int countPartialDays(com.fasterxml.jackson.databind.JsonNode report) {
        int n = 0;
        for (var error : report.get("errors")) {
            n += error.get("reason").asText().matches(".* of 2[345] hours.*") ? 1 : 0;
        }
        return n;
    }

    @Test
    void aDailyLimsSeriesWithDecimalCommasAddsLabValuesAndReportsBadRows() {
        String csv = """
                Datum;Inflöde (m3/d);BOD7 (kg/d);Tot-P (kg/d);Tot-N (kg/d);Nederbörd (mm)
                2024-01-01;21 000,5;4200;120,5;900;1,2
                2024-01-02;19000;abc;110;880;0
                not-a-date;19000;4000;110;880;0
                2024-01-03;-5;4000;110;880;0
                """;
        long before = events();
        var report = admin.post("/api/imports/plant-measurements?plant=goviken", "text/csv",
                csv.getBytes(StandardCharsets.ISO_8859_1)).json();

        assertThat(report.get("rowsRead").asInt()).isEqualTo(4);
        // the day's flow and precipitation, and its lab values as a 24-hour sample of the day
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(report.at("/errors/0/line").asInt()).isEqualTo(3);
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("bod7");
        assertThat(report.at("/errors/1/field").asText()).isEqualTo("datum");
        assertThat(report.at("/errors/2/field").asText()).isEqualTo("inflowM3");
        long position = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        assertThat(position).isGreaterThan(before);
        var day = admin.get("/api/plants/goviken/capacity?from=2024-01-01&to=2024-01-01&minPosition=" + position)
                .json().at("/days/0");
        assertThat(day.get("inflowM3").asDouble()).isEqualTo(21000.5);
        assertThat(day.get("loadPe").asDouble()).isCloseTo(4200 * 1000 / 70.0, within(1e-9));
    }

    @Test
    void importingToAnUnknownPlantOrWithoutAPlantIsRefusedBeforeAnythingIsStored() {
        long before = events();
        byte[] csv = "date;inflow\n2024-01-01;100\n".getBytes(StandardCharsets.UTF_8);
        assertThat(admin.post("/api/imports/plant-measurements?plant=nowhere", "text/csv", csv).status()).isEqualTo(404);
        var missing = admin.post("/api/imports/plant-measurements", "text/csv", csv);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asText()).isEqualTo("plant");
        var noColumns = admin.post("/api/imports/plant-measurements?plant=goviken", "text/csv",
                "date;colour\n2024-01-01;red\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.json().get("field").asText()).isEqualTo("file");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aFileWhoseLastRowIsCutShortOrEndsInsideAQuoteIsRefusedWhole() {
        long before = events();
        String header = "Datum;Inflöde (m3/d);BOD7 (kg/d)\n";
        var fewer = admin.post("/api/imports/plant-measurements?plant=goviken", "text/csv",
                (header + "2025-03-01;100;40\n2025-03-02;10").getBytes(StandardCharsets.UTF_8));
        assertThat(fewer.status()).as(fewer.body()).isEqualTo(400);
        assertThat(fewer.json().get("field").asText()).isEqualTo("file");
        assertThat(fewer.json().get("reason").asText()).contains("line 3").contains("cut short");
        var quote = admin.post("/api/imports/plant-measurements?plant=goviken", "text/csv",
                (header + "2025-03-01;100;40\n2025-03-02;\"10;40").getBytes(StandardCharsets.UTF_8));
        assertThat(quote.status()).as(quote.body()).isEqualTo(400);
        assertThat(quote.json().get("reason").asText()).contains("never closes");
        assertThat(events()).isEqualTo(before);
        var noFinalNewline = admin.post("/api/imports/plant-measurements?plant=goviken", "text/csv",
                (header + "2025-03-01;100;40").getBytes(StandardCharsets.UTF_8));
        assertThat(noFinalNewline.status()).as(noFinalNewline.body()).isEqualTo(200);
    }

    @Test
    void thePlantImportAnswersThePositionOfItsLastEventSoItsReaderSeesTheImportedDays() {
        String csv = """
                Datum;Inflöde (m3/d);BOD7 (kg/d)
                2024-02-10;15000;3100
                2024-02-11;16500,5;3300
                """;
        var response = admin.post("/api/imports/plant-measurements?plant=goviken", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String position = response.header("X-Event-Position");
        assertThat(position).as("X-Event-Position of the import").isNotNull();
        long plantsNewest = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event"
                + " WHERE aggregate_identifier = 'goviken'", Long.class);
        assertThat(Long.parseLong(position)).isGreaterThanOrEqualTo(plantsNewest);
        var days = admin.get("/api/plants/goviken/capacity?from=2024-02-10&to=2024-02-11&minPosition=" + position)
                .json().get("days");
        assertThat(days.size()).isEqualTo(2);
        assertThat(days.get(1).get("inflowM3").asDouble()).isEqualTo(16500.5);
    }
}
