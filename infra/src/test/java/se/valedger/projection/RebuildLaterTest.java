package se.valedger.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The backlog, leak and aging read models built live while the commands come in, then rebuilt from the log years
 * later on the application clock: every row must be the same, because no projection scores with the clock at
 * handling time (overdue and age are computed at read time). The backlog's scores move with time (issue 17): the
 * live backlog is read first after the clock has moved, which rescores it as of that day from its stored facts, and
 * the rebuilt one, read the same day, must equal it row by row.
 */
@IntegrationTest
@TestPropertySource(properties = "valedger.processors.initial-segment-count=1")
class RebuildLaterTest {

    static final Map<String, String> READS = Map.of("backlog", "/api/backlog", "leaks", "/api/leaks",
            "network-aging", "/api/network/aging");
    static final Map<String, String> SCHEMAS = Map.of("backlog", "backlog", "leaks", "leaks", "network-aging", "aging");

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
    void readModelsRebuiltFiveYearsLaterEqualTheLiveOnesRowByRow() {
        admin = Api.at(port, "admin", "admin-password");
        int thisYear = UtilityTime.thisYear(clock);
        LocalDate yesterday = UtilityTime.today(clock).minusDays(1);
        for (String pipe : List.of("RL-1", "RL-2", "RL-3")) {
            awaited(admin.post("/api/pipes", """
                    {"id":"%s","networkKind":"DRINKING_WATER","material":"GREY_CAST_IRON","diameterMm":150,"lengthM":400,
                     "installationYear":1968,"district":"Odensala","consequenceClass":3}""".formatted(pipe)));
        }
        inspect("RL-1", LocalDate.of(thisYear - 2, 5, 20), 4);
        inspect("RL-2", yesterday, 3);
        inspect("RL-3", yesterday, 4);
        String repaired = leak("RL-1");
        awaited(admin.post("/api/leaks/" + repaired + "/confirm", "{}"));
        awaited(admin.post("/api/leaks/" + repaired + "/schedule-repair", "{\"scheduledFor\":\"" + clock.instant() + "\"}"));
        awaited(admin.post("/api/leaks/" + repaired + "/repair",
                "{\"method\":\"CLAMP\",\"repairHours\":2,\"cause\":\"CORROSION_HOLE\"}"));
        leak("RL-2");
        awaited(admin.post("/api/pipes/RL-3/corrections", """
                {"consequenceClass":5,"reason":"hospital on this main"}"""));

        clock.moveOn(Duration.ofDays(5 * 365 + 1).plusHours(7));
        awaitAll();
        Map<String, List<String>> live = rowsOfAll();
        assertThat(live.get("backlog.item")).hasSize(5);
        assertThat(live.get("leaks.leak")).hasSize(2);
        assertThat(live.get("backlog.scoring")).singleElement().asString().contains(UtilityTime.today(clock).toString());

        for (String group : READS.keySet()) {
            var rebuild = admin.post("/api/admin/projections/" + group + "/rebuild", "");
            assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
            awaitRebuilt(group);
        }

        Map<String, List<String>> rebuilt = rowsOfAll();
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        for (String table : live.keySet()) {
            List<String> before = live.get(table);
            List<String> after = rebuilt.get(table);
            assertThat(after).as(table + " row count").hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i)).as(table + " row " + i).isEqualTo(before.get(i));
            }
        }
    }

    void inspect(String pipeId, LocalDate date, int grade) {
        awaited(admin.post("/api/pipes/" + pipeId + "/inspections", """
                {"date":"%s","inspector":"E. Ek","method":"CCTV","grade":%d}""".formatted(date, grade)));
    }

    String leak(String pipeId) {
        var r = admin.post("/api/leaks", """
                {"pipeId":"%s","kind":"BURST","severity":"HIGH","reportedAt":"%s"}"""
                .formatted(pipeId, clock.instant().minus(1, ChronoUnit.HOURS)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        awaitAll();
        return r.json().get("id").asText();
    }

    void awaited(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 202);
        awaitAll();
    }

    void awaitAll() {
        READS.keySet().forEach(this::await);
    }

    void await(String group) {
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        var read = admin.get(READS.get(group) + "?minPosition=" + head);
        assertThat(read.status()).as(group + ": " + read.body()).isEqualTo(200);
    }

    void awaitRebuilt(String group) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var progress = admin.get("/api/admin/projections/" + group).json();
            if (!progress.get("segmentsClaimedHere").isEmpty() && progress.get("percent").asInt() == 100
                    && !progress.get("replaying").asBoolean()) {
                await(group);
                return;
            }
            se.valedger.testing.AppProcess.sleep(100);
        }
        throw new AssertionError(group + " was not rebuilt within 30 s");
    }

    /** Every row of every table of the three read models, each as its text form, sorted. */
    Map<String, List<String>> rowsOfAll() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String schema : SCHEMAS.values().stream().sorted().toList()) {
            for (String table : jdbc.queryForList("""
                    SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'
                    AND table_name NOT LIKE 'flyway%' ORDER BY 1""", String.class, schema)) {
                String name = schema + "." + table;
                rows.put(name, jdbc.queryForList("SELECT t::text FROM " + name + " t ORDER BY 1", String.class));
            }
        }
        return rows;
    }
}
