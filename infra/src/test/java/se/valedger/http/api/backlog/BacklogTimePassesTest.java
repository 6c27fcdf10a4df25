package se.valedger.http.api.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.kernel.UtilityTime;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Time passes (issue 17): a PVC sewer (service life 60 years) laid 44 years ago, 120 m, inspected 20 years ago with
 * the inspector's structural class 3. Likelihood = round((1 - w) x 4 + w x (0.6 age + 0.3 x 1 + 0.1 x 3)), w = 1 -
 * 0.5^(inspection age / 10): today 0.25 x 4 + 0.75 x (0.6 x 2 + 0.6) = 2.35 -> 2 (44/60 = 73 %: age 2 points); a year
 * on 0.23 x 4 + 0.77 x (0.6 x 3 + 0.6) = 2.77 -> 3 (45/60 = 75 %: 3 points), with no new event in between.
 * Consequence round(0.3 x 2 (DN 200) + 0.3 x 3 + 0.4 x 3) = 3.
 */
@IntegrationTest
@TestPropertySource(properties = "valedger.processors.initial-segment-count=1")
class BacklogTimePassesTest {

    /** The application clock, which the test moves on; starts at the wall time. */
    static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void moveOn(Duration by) {
            ahead = ahead.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), ahead);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    @TestConfiguration
    static class Later {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    Api admin;

    @Test
    void jumpingTheClockAYearRaisesAnAgeDrivenScoreWithoutAnEventAndARebuildGivesTheSameBacklog() {
        admin = Api.at(port, "admin", "admin-password");
        LocalDate today = UtilityTime.today(clock);
        LocalDate nextYear = today.plusYears(1);
        awaited(admin.post("/api/pipes", """
                {"id":"TP-1","networkKind":"WASTEWATER","material":"PVC","diameterMm":200,"lengthM":120,
                 "installationYear":%d,"district":"Lugnvik","consequenceClass":3}""".formatted(today.getYear() - 44)));
        awaited(admin.post("/api/pipes/TP-1/inspections", """
                {"date":"%s","inspector":"E. Ek","method":"CCTV","structuralClass":3,"operationalClass":1}"""
                .formatted(today.minusYears(20))));

        JsonNode now = only(backlog(""));
        assertThat(now.get("likelihood").asInt()).isEqualTo(2);
        assertThat(now.get("consequence").asInt()).isEqualTo(3);
        assertThat(now.get("risk").asInt()).isEqualTo(6);
        assertThat(now.get("scoredAsOf").asText()).isEqualTo(today.toString());
        assertThat(now.at("/condition/structuralClass").asInt()).isEqualTo(3);
        assertThat(now.at("/condition/source").asText()).isEqualTo("INSPECTOR");
        assertThat(now.at("/condition/structuralBasis").asText()).isEqualTo("SUMMARY");
        assertThat(now.get("riskVersion").asText()).isEqualTo("risk-2026.2/ASSUMED-w1");

        JsonNode asked = only(backlog("asOf=" + nextYear));
        assertThat(asked.get("likelihood").asInt()).as("?asOf= a year on").isEqualTo(3);
        assertThat(asked.get("scoredAsOf").asText()).isEqualTo(nextYear.toString());
        assertThat(only(backlog("")).get("likelihood").asInt()).as("asking about next year changes nothing").isEqualTo(2);

        clock.moveOn(Duration.ofDays(ChronoUnit.DAYS.between(today, nextYear)));
        assertThat(UtilityTime.today(clock)).isEqualTo(nextYear);
        JsonNode later = only(backlog(""));
        assertThat(later.get("likelihood").asInt()).as("a year later, no new event").isEqualTo(3);
        assertThat(later.get("risk").asInt()).isEqualTo(9);
        assertThat(later.get("explanation")).isEqualTo(asked.get("explanation"));
        assertThat(jdbc.queryForObject("SELECT likelihood FROM backlog.item WHERE pipe_id = 'TP-1'", Integer.class))
                .as("stored scores follow the day").isEqualTo(3);
        String liveItems = backlog("").get("items").toString();

        var rebuild = admin.post("/api/admin/projections/backlog/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        awaitRebuilt();
        assertThat(backlog("").get("items").toString()).as("rebuilt").isEqualTo(liveItems);
    }

    @Test
    void anAsOfThatIsNotADateIsRefusedNamingTheParameter() {
        admin = Api.at(port, "admin", "admin-password");
        var notADate = admin.get("/api/backlog?asOf=2026-13-01");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.json().get("field").asText()).isEqualTo("asOf");
        assertThat(notADate.body()).contains("YYYY-MM-DD");
        var farOff = admin.get("/api/backlog?asOf=3000-01-01");
        assertThat(farOff.status()).isEqualTo(400);
        assertThat(farOff.json().get("field").asText()).isEqualTo("asOf");
    }

    static JsonNode only(JsonNode page) {
        assertThat(page.get("items")).as(page.toString()).hasSize(1);
        return page.get("items").get(0);
    }

    JsonNode backlog(String query) {
        var r = admin.get("/api/backlog?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    void awaited(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 202);
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        assertThat(admin.get("/api/backlog?minPosition=" + head).status()).isEqualTo(200);
    }

    void awaitRebuilt() {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var progress = admin.get("/api/admin/projections/backlog").json();
            if (!progress.get("segmentsClaimedHere").isEmpty() && progress.get("percent").asInt() == 100
                    && !progress.get("replaying").asBoolean()) {
                long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
                assertThat(admin.get("/api/backlog?minPosition=" + head).status()).isEqualTo(200);
                return;
            }
            se.valedger.testing.AppProcess.sleep(100);
        }
        throw new AssertionError("the backlog was not rebuilt within 30 s");
    }
}
