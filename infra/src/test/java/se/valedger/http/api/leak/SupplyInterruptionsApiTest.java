package se.valedger.http.api.leak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * {@code GET /api/leaks/interruptions?year=} (issue 20), a worked example. Supply zone Z (pipes P1, P2; 400
 * connections); pipe P3 in district D, in no zone; one leak without a pipe.
 * <ul>
 *   <li>P1: 120 customers, 08:00-10:30 = 150 min: 18,000 customer-minutes;</li>
 *   <li>P2: 40 customers, 45 min: 1,800; P2 again, 2025-12-31T23:30Z-00:30Z = 00:30-01:30 local on
 *       1 January 2026: 20 x 60 = 1,200, so it counts in 2026, not 2025;</li>
 *   <li>zone Z: 3 interruptions, 180 customers, 21,000 customer-minutes, 21,000 / 400 = 52.5 minutes per connection;</li>
 *   <li>P3: 10 x 90 = 900 under district D; another P3 leak isolated with supply not back: counted, 25 customers, no
 *       minutes, named under withoutMinutes;</li>
 *   <li>no pipe: 5 x 60 = 300 under UNPLACED, saying the leak names no pipe.</li>
 * </ul>
 */
@IntegrationTest
class SupplyInterruptionsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    String id(String name) {
        return "SI-" + run + "-" + name;
    }

    void pipe(String id, String district) {
        var r = admin.post("/api/pipes", """
                {"id":"%s","networkKind":"DRINKING_WATER","material":"PE","diameterMm":160,"lengthM":100,
                 "installationYear":1985,"district":"%s","consequenceClass":2}""".formatted(id, district));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        admin.get("/api/pipes/" + id + "?minPosition=" + r.header("X-Event-Position"));
    }

    /** Reports, confirms and isolates a leak; answers the isolate step's event position. */
    String isolated(String pipeId, Instant reportedAt, Instant isolatedAt, Instant restoredAt, int customers) {
        var r = admin.post("/api/leaks", """
                {%s"kind":"BURST","severity":"HIGH","position":{"crs":"EPSG:3006","x":492050.0,"y":6995030.0},
                 "reportedAt":"%s"}""".formatted(pipeId == null ? "" : "\"pipeId\":\"" + pipeId + "\",", reportedAt));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String leak = r.json().get("id").asText();
        assertThat(admin.post("/api/leaks/" + leak + "/confirm", "{}").status()).isEqualTo(202);
        var isolate = admin.post("/api/leaks/" + leak + "/isolate", """
                {"valvesClosed":["V-%s"],"isolatedAt":"%s",%s"customersWithoutWater":%d}""".formatted(run, isolatedAt,
                restoredAt == null ? "" : "\"supplyRestoredAt\":\"" + restoredAt + "\",", customers));
        assertThat(isolate.status()).as(isolate.body()).isEqualTo(202);
        lastPosition = isolate.header("X-Event-Position");
        return leak;
    }

    String lastPosition;

    static JsonNode area(JsonNode report, String kind, String id) {
        for (JsonNode area : report.get("areas")) {
            if (area.get("kind").asText().equals(kind) && (id == null || id.equals(area.path("id").asText(null)))) {
                return area;
            }
        }
        throw new AssertionError("no " + kind + " " + id + " in " + report);
    }

    @Test
    void customersAndMinutesWithoutWaterAddUpPerZoneElsePerDistrictAsWorkedOut() {
        String district = "Avbrottsby-" + run;
        pipe(id("P1"), district + "-zon");
        pipe(id("P2"), district + "-zon");
        pipe(id("P3"), district);
        var zone = admin.post("/api/zones", """
                {"id":"%s","name":"Avbrottszon","kind":"SUPPLY","connections":400,"averagePressureM":50,
                 "pipeIds":["%s","%s"],"inflowMeters":["%s-in"]}""".formatted(id("Z"), id("P1"), id("P2"), run));
        assertThat(zone.status()).as(zone.body()).isEqualTo(201);

        Instant day = Instant.parse("2026-03-01T07:00:00Z");
        String p1 = isolated(id("P1"), day, Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-01T10:30:00Z"), 120);
        isolated(id("P2"), day, Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-01T08:45:00Z"), 40);
        String newYear = isolated(id("P2"), Instant.parse("2025-12-31T23:00:00Z"), Instant.parse("2025-12-31T23:30:00Z"),
                Instant.parse("2026-01-01T00:30:00Z"), 20);
        isolated(id("P3"), day, Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T10:30:00Z"), 10);
        String open = isolated(id("P3"), day, Instant.parse("2026-03-01T09:00:00Z"), null, 25);
        String nowhere = isolated(null, day, Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"), 5);

        JsonNode report = admin.get("/api/leaks/interruptions?year=2026&minPosition=" + lastPosition).json();
        assertThat(report.get("year").asInt()).isEqualTo(2026);
        JsonNode z = area(report, "ZONE", id("Z"));
        assertThat(z.get("interruptions").asInt()).as(z.toString()).isEqualTo(3);
        assertThat(z.get("customersWithoutWater").asLong()).isEqualTo(180);
        assertThat(z.get("customerMinutes").asLong()).isEqualTo(21_000);
        assertThat(z.get("connections").asInt()).isEqualTo(400);
        assertThat(z.get("minutesPerConnection").asDouble()).isEqualTo(52.5);
        assertThat(z.get("leakIds").toString()).contains(p1, newYear);

        JsonNode d = area(report, "DISTRICT", district);
        assertThat(d.get("interruptions").asInt()).isEqualTo(2);
        assertThat(d.get("customersWithoutWater").asLong()).isEqualTo(35);
        assertThat(d.get("customerMinutes").asLong()).isEqualTo(900);
        assertThat(d.hasNonNull("minutesPerConnection")).isFalse();
        assertThat(d.get("withoutMinutes").get(0).asText()).isEqualTo(open + ": supply not restored yet");

        JsonNode unplaced = area(report, "UNPLACED", null);
        assertThat(unplaced.get("leakIds").toString()).contains(nowhere);
        assertThat(unplaced.get("notes").toString()).contains(nowhere + ": the leak names no pipe");
        assertThat(report.get("rule").asText()).startsWith("InterruptionsCountPerZone");

        JsonNode lastYear = admin.get("/api/leaks/interruptions?year=2025").json();
        assertThat(lastYear.get("areas").toString()).doesNotContain(newYear);
    }

    @Test
    void aYearInTheFutureBeforeNineteenHundredOrNotANumberIsRefusedNamingTheYear() {
        var future = admin.get("/api/leaks/interruptions?year=2999");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("field").asText()).isEqualTo("year");
        var ancient = admin.get("/api/leaks/interruptions?year=1800");
        assertThat(ancient.status()).isEqualTo(400);
        assertThat(ancient.json().get("field").asText()).isEqualTo("year");
        var words = admin.get("/api/leaks/interruptions?year=last");
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.body()).contains("year");
    }
}
