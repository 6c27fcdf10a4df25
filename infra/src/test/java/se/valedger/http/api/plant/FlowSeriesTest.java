package se.valedger.http.api.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Hourly peaks kept, sub-hourly series as volumes or rates, Swedish and ISO times, daylight-saving days. */
@IntegrationTest
class FlowSeriesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    void register(String id) {
        var r = admin.post("/api/plants", """
                {"id":"%s","name":"Flow","permit":{"personEquivalents":10000,"designFlowM3PerDay":5000.0,
                 "designFlowM3PerHour":300.0,"validFrom":"2020-01-01","reference":"M 4-20"}}""".formatted(id));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    Api.Response importCsv(String plant, String query, String csv) {
        return admin.post("/api/imports/plant-measurements?plant=" + plant + query, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> day(String plant, String date) {
        return jdbc.queryForMap("SELECT inflow_m3, peak_hour_m3, peak_hour_start, hours FROM plant_capacity.daily "
                + "WHERE plant_id = ? AND day = ?::date", plant, date);
    }

    long head() {
        return jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
    }

    @Test
    void aQuarterHourSeriesOfRatesBecomesDailyVolumesWithThePeakHourAgainstHourlyQdim() {
        register("f-15");
        StringBuilder csv = new StringBuilder("Tid;Flöde [m3/h]\n");
        double volume = 0;
        for (int q = 0; q < 96; q++) {
            double rate = q >= 40 && q < 44 ? 400 : 100; // 10:00-11:00 at 400 m3/h
            volume += rate / 4;
            csv.append(String.format(Locale.ROOT, "5.3.2024 %d:%02d;%s%n", q / 4, (q % 4) * 15,
                    String.valueOf(rate).replace('.', ',')));
        }
        var report = importCsv("f-15", "", csv.toString());
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("created").asInt()).as(report.body()).isEqualTo(1);
        assertThat(report.json().get("accepted").asInt()).isEqualTo(96);
        head();
        var weekly = admin.get("/api/plants/f-15/weekly-load?year=2024&minPosition=" + head()).json();
        var d = day("f-15", "2024-03-05");
        assertThat((Double) d.get("inflow_m3")).isCloseTo(volume, within(1e-9));
        assertThat((Double) d.get("peak_hour_m3")).isCloseTo(400.0, within(1e-9));
        assertThat(((java.sql.Timestamp) d.get("peak_hour_start")).toInstant()).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        assertThat(d.get("hours")).isEqualTo(24);
        assertThat(weekly.get("daysWithPeakHourOverDesignFlow").asInt()).isEqualTo(1);
        assertThat(weekly.get("daysOverDesignFlow").asInt()).isZero();
        assertThat(weekly.at("/peakHours/0/date").asText()).isEqualTo("2024-03-05");
        assertThat(weekly.at("/peakHours/0/peakHourM3").asDouble()).isCloseTo(400.0, within(1e-9));
        assertThat(weekly.at("/peakHours/0/peakHourStart").asText()).isEqualTo("2024-03-05T09:00:00Z");
    }

    @Test
    void aSubHourlySeriesThatDoesNotSayVolumeOrRateIsRefusedAndAParameterCanSayIt() {
        register("f-unit");
        StringBuilder csv = new StringBuilder("datetime;flow\n");
        for (int q = 0; q < 96; q++) {
            csv.append(String.format(Locale.ROOT, "2024-03-05 %02d:%02d;25%n", q / 4, (q % 4) * 15));
        }
        var refused = importCsv("f-unit", "", csv.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("flow");
        assertThat(refused.json().get("reason").asText()).contains("15-minute").contains("volumes per interval or rates");
        var volumes = importCsv("f-unit", "&flowValues=volume", csv.toString());
        assertThat(volumes.status()).as(volumes.body()).isEqualTo(200);
        assertThat(volumes.json().get("created").asInt()).isEqualTo(1);
        admin.get("/api/plants/f-unit/weekly-load?year=2024&minPosition=" + head());
        assertThat((Double) day("f-unit", "2024-03-05").get("inflow_m3")).isCloseTo(96 * 25.0, within(1e-9));
        assertThat(importCsv("f-unit", "&flowValues=litres", csv.toString()).json().get("field").asText())
                .isEqualTo("flowValues");
    }

    @Test
    void daylightSavingDaysHave23And25HoursAndAMissingHourOrANonExistentTimeIsNamed() {
        register("f-dst");
        StringBuilder spring = new StringBuilder("datetime;flow [m3]\n");
        for (int h = 0; h < 24; h++) {
            if (h != 2) {
                spring.append(String.format(Locale.ROOT, "2024-03-31 %02d:00;100%n", h));
            }
        }
        // autumn: 02:00 twice (summer time, then winter time), 25 hours
        StringBuilder autumn = new StringBuilder();
        for (int h = 0; h < 24; h++) {
            autumn.append(String.format(Locale.ROOT, "2024-10-27 %02d:00;100%n", h));
            if (h == 2) {
                autumn.append("2024-10-27 02:00;300\n");
            }
        }
        var report = importCsv("f-dst", "", spring.toString() + autumn + "2024-10-28T00:00:00+01:00;50\n");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("created").asInt()).as(report.body()).isEqualTo(2);
        assertThat(report.json().at("/errors/0/reason").asText()).contains("2024-10-28 has 1 of 24 hours");
        admin.get("/api/plants/f-dst/weekly-load?year=2024&minPosition=" + head());
        assertThat(day("f-dst", "2024-03-31").get("hours")).isEqualTo(23);
        assertThat((Double) day("f-dst", "2024-03-31").get("inflow_m3")).isCloseTo(2300.0, within(1e-9));
        var autumnDay = day("f-dst", "2024-10-27");
        assertThat(autumnDay.get("hours")).isEqualTo(25);
        assertThat((Double) autumnDay.get("inflow_m3")).isCloseTo(2700.0, within(1e-9));
        assertThat(((java.sql.Timestamp) autumnDay.get("peak_hour_start")).toInstant())
                .isEqualTo(Instant.parse("2024-10-27T01:00:00Z"));

        var gap = importCsv("f-dst", "", "datetime;flow [m3]\n2024-03-31 02:00;100\n2024-03-31 03:00;100\n").json();
        assertThat(gap.at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(gap.at("/errors/0/field").asText()).isEqualTo("datetime");
        assertThat(gap.at("/errors/0/reason").asText()).contains("does not exist");
        var partial = importCsv("f-dst", "", "datetime;flow [m3]\n2024-10-20 00:00;1\n2024-10-20 01:00;1\n").json();
        assertThat(partial.at("/errors/0/reason").asText()).contains("has 2 of 24 hours");
    }
}
