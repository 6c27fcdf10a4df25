package se.valedger.http.api.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import se.valedger.backlog.BacklogPage;
import se.valedger.backlog.BacklogSort;
import se.valedger.backlog.BacklogSource;
import se.valedger.backlog.BacklogStatus;
import se.valedger.backlog.FindBacklog;
import se.valedger.pipe.NetworkKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * Seeds the backlog's own tables with 100,000 pipes and one work item each (bulk SQL), then times
 * {@code GET /api/backlog} end to end over HTTP. Prints the figures (and writes them to
 * target/backlog-performance.txt); it asserts answers, not times, so a busy machine cannot make it fail.
 */
@IntegrationTest
class BacklogPerformanceTest {

    static final int PIPES = 100_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QueryGateway gateway;

    @Test
    void theBacklogOf100000PipesAnswersFast() throws Exception {
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
        jdbc.execute("VACUUM ANALYZE backlog.item");
        jdbc.execute("ANALYZE backlog.pipe");
        Api admin = Api.at(port, "admin", "admin-password");

        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("default (active, by risk, first page of 50)", "/api/backlog");
        queries.put("by due time", "/api/backlog?sort=DUE");
        queries.put("network kind", "/api/backlog?networkKind=WASTEWATER");
        queries.put("district", "/api/backlog?district=District%207");
        queries.put("source and status", "/api/backlog?source=LEAK&status=OPEN");
        queries.put("page 100", "/api/backlog?page=100&size=50");
        StringBuilder inProcess = new StringBuilder("The same through the QueryGateway in-process (no HTTP, no password check):\n");
        for (var q : List.of(new FindBacklog(null, null, null, null, BacklogSort.RISK, 0, 50),
                new FindBacklog(null, null, null, null, BacklogSort.DUE, 0, 50),
                new FindBacklog(NetworkKind.WASTEWATER, null, null, null, BacklogSort.RISK, 0, 50),
                new FindBacklog(null, "District 7", null, null, BacklogSort.DUE, 0, 50),
                new FindBacklog(null, null, BacklogSource.LEAK, BacklogStatus.OPEN, BacklogSort.RISK, 100, 50))) {
            for (int i = 0; i < 5; i++) {
                gateway.query(q, BacklogPage.class).join();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long start = System.nanoTime();
                BacklogPage page = gateway.query(q, BacklogPage.class).join();
                millis.add((System.nanoTime() - start) / 1e6);
                assertThat(page.items()).hasSize(50);
            }
            Collections.sort(millis);
            inProcess.append(String.format("  %-110s median %6.1f ms  p95 %6.1f ms%n", q, millis.get(15), millis.get(28)));
        }
        StringBuilder figures = new StringBuilder("GET /api/backlog over HTTP, " + PIPES + " pipes and items, 30 runs each:\n");
        for (var q : queries.entrySet()) {
            for (int i = 0; i < 5; i++) {
                assertThat(admin.get(q.getValue()).status()).isEqualTo(200);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long start = System.nanoTime();
                var response = admin.get(q.getValue());
                millis.add((System.nanoTime() - start) / 1e6);
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.json().get("items").size()).isEqualTo(50);
            }
            Collections.sort(millis);
            figures.append(String.format("  %-45s median %6.1f ms  p95 %6.1f ms%n", q.getKey(), millis.get(15), millis.get(28)));
        }
        var first = Api.at(port, "admin", "admin-password").get("/api/backlog").json();
        assertThat(first.get("total").asLong()).isEqualTo(10_000);
        assertThat(first.get("totalCapped").asBoolean()).isTrue();
        var few = Api.at(port, "admin", "admin-password").get("/api/backlog?district=District%207&source=LEAK").json();
        assertThat(few.get("total").asLong()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM backlog.item WHERE "
                + "status IN ('OPEN','SCHEDULED') AND district = 'District 7' AND source = 'LEAK'", Long.class));
        assertThat(few.get("totalCapped").asBoolean()).isFalse();
        assertThat(first.at("/items/0/risk").asInt()).isEqualTo(25);
        figures.append(inProcess);
        System.out.println(figures);
        Files.writeString(Path.of("target", "backlog-performance.txt"), figures);
    }
}
