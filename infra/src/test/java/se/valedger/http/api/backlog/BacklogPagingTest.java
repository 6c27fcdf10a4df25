package se.valedger.http.api.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * {@code GET /api/backlog} over a backlog seeded straight into its tables (bulk SQL): the order of each
 * sort, pages that neither overlap nor miss an item, filters and the count cap. Speed is not asserted
 * here; the benchmark measures it ({@code backlogP99MsNetwork} in {@code se.valedger.bench.PerformanceBench}).
 */
@IntegrationTest
class BacklogPagingTest {

    /** 15,000 items of which 10,000 are active (OPEN or SCHEDULED): exactly the count cap. */
    static final int PIPES = 15_000;
    static final int ACTIVE = 10_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api admin;
    static boolean seeded;

    @BeforeEach
    void seedOnce() {
        admin = Api.at(port, "admin", "admin-password");
        if (seeded) {
            return;
        }
        seeded = true;
        jdbc.update("""
                INSERT INTO backlog.pipe (pipe_id, network_kind, material, diameter_mm, length_m, installation_year,
                    district, consequence_class)
                SELECT 'P-' || g, (ARRAY['DRINKING_WATER','WASTEWATER','STORMWATER','COMBINED'])[1 + g % 4], 'CONCRETE',
                    100 + (g % 10) * 50, 50 + g % 400, 1900 + g % 120, 'District ' || (g % 40), 1 + g % 5
                FROM generate_series(1, ?) g""", PIPES);
        jdbc.update("""
                INSERT INTO backlog.item (item_id, source, source_id, pipe_id, status, network_kind, district, grade,
                    found_on, due_at, likelihood, consequence, risk, risk_version, explanation)
                SELECT 'inspection:' || g, CASE WHEN g % 10 = 0 THEN 'LEAK' ELSE 'INSPECTION' END, 'x' || g, 'P-' || g,
                    (ARRAY['OPEN','OPEN','OPEN','SCHEDULED','DONE','SUPERSEDED'])[1 + g % 6],
                    (ARRAY['DRINKING_WATER','WASTEWATER','STORMWATER','COMBINED'])[1 + g % 4], 'District ' || (g % 40),
                    3 + g % 2, DATE '2020-01-01' + (g % 2000), TIMESTAMPTZ '2026-01-01' + (g % 5000) * INTERVAL '1 hour',
                    1 + g % 5, 1 + (g / 5) % 5, (1 + g % 5) * (1 + (g / 5) % 5), 'risk-2025.1',
                    '[{"part":"likelihood","name":"condition grade","value":"P122 class 4","points":5,"weight":0.5}]'::jsonb
                FROM generate_series(1, ?) g""", PIPES);
        // The seeded scores stand as of today, so that no read rescores them (issue 17's daily rescoring).
        jdbc.update("INSERT INTO backlog.scoring (id, scored_as_of) VALUES (1, ?)",
                java.sql.Date.valueOf(se.valedger.kernel.UtilityTime.today(java.time.Clock.systemUTC())));
    }

    @Test
    void everyActiveItemIsOnExactlyOnePageInRiskOrder() {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; page < ACTIVE / 500; page++) {
            JsonNode answer = admin.get("/api/backlog?size=500&page=" + page).json();
            answer.get("items").forEach(all::add);
        }

        Set<String> ids = new HashSet<>();
        all.forEach(item -> ids.add(item.get("itemId").asText()));
        assertThat(ids).hasSize(ACTIVE);
        assertThat(all).allSatisfy(item -> assertThat(item.get("status").asText()).isIn("OPEN", "SCHEDULED"));
        assertThat(all).isSortedAccordingTo(Comparator.<JsonNode>comparingInt(item -> -item.get("risk").asInt())
                .thenComparing(item -> Instant.parse(item.get("dueAt").asText()))
                .thenComparing(item -> item.get("itemId").asText()));
        assertThat(all.get(0).get("risk").asInt()).isEqualTo(25);
        assertThat(admin.get("/api/backlog?size=500&page=" + ACTIVE / 500).json().get("items")).isEmpty();
    }

    @Test
    void theDueSortPutsTheEarliestDeadlineFirst() {
        JsonNode items = admin.get("/api/backlog?sort=DUE&size=200").json().get("items");

        List<Instant> due = new ArrayList<>();
        items.forEach(item -> due.add(Instant.parse(item.get("dueAt").asText())));
        assertThat(due).hasSize(200).isSorted();
        assertThat(due.get(0)).isEqualTo(jdbc.queryForObject(
                "SELECT min(due_at) FROM backlog.item WHERE status IN ('OPEN','SCHEDULED')", java.sql.Timestamp.class)
                .toInstant());
    }

    @Test
    void theCountStopsAtTheCapAndFiltersCountExactly() {
        JsonNode first = admin.get("/api/backlog").json();
        assertThat(first.get("total").asLong()).isEqualTo(ACTIVE);
        assertThat(first.get("totalCapped").asBoolean()).isTrue();
        assertThat(first.get("items")).hasSize(50);

        JsonNode few = admin.get("/api/backlog?district=District%207&source=LEAK").json();
        assertThat(few.get("total").asLong()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM backlog.item WHERE "
                + "status IN ('OPEN','SCHEDULED') AND district = 'District 7' AND source = 'LEAK'", Long.class));
        assertThat(few.get("totalCapped").asBoolean()).isFalse();

        JsonNode wastewater = admin.get("/api/backlog?networkKind=WASTEWATER&size=500").json();
        assertThat(wastewater.get("items")).allSatisfy(item ->
                assertThat(item.get("networkKind").asText()).isEqualTo("WASTEWATER"));
        JsonNode leaksOpen = admin.get("/api/backlog?source=LEAK&status=OPEN&size=500").json();
        assertThat(leaksOpen.get("items")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("source").asText()).isEqualTo("LEAK");
            assertThat(item.get("status").asText()).isEqualTo("OPEN");
        });
    }
}
