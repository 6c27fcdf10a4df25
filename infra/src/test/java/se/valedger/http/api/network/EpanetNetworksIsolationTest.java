package se.valedger.http.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

/**
 * Net3 and ky10 (USEPA/WNTR EPANET models) imported with their nodes, pumps and valves; isolation valves placed by a
 * stated rule; for every pipe the analysis is checked against a brute-force reachability check written apart here
 * (its own parse of the file, its own graph of nodes and pipe middles, no JGraphT).
 *
 * <p>Valve rule: pipe number i (file order, from 0) gets a valve at its node1 end when i is even and at its node2 end
 * when i is a multiple of 3, unless that end is a reservoir or tank; valve number k (in the order placed) is BROKEN when
 * k % 10 == 0, UNKNOWN when k % 17 == 0, else OPEN.
 */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "valedger.network.criticality-refresh=PT1S")
class EpanetNetworksIsolationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    /** The file's topology by a naive parse: pipes and other links (id, node1, node2), the source nodes. */
    record Model(List<String[]> pipes, List<String[]> links, Set<String> sources, Set<String> nodes) {
    }

    static Model parse(String file) throws IOException {
        List<String[]> pipes = new ArrayList<>();
        List<String[]> links = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        Set<String> nodes = new HashSet<>();
        String section = "";
        for (String raw : Files.readAllLines(SharedData.file("epanet/" + file))) {
            String line = raw.contains(";") ? raw.substring(0, raw.indexOf(';')).trim() : raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.toUpperCase();
                continue;
            }
            String[] f = line.split("\\s+");
            switch (section) {
                case "[PIPES]" -> pipes.add(new String[] {f[0], f[1], f[2]});
                case "[PUMPS]", "[VALVES]" -> links.add(new String[] {f[0], f[1], f[2]});
                case "[RESERVOIRS]", "[TANKS]" -> {
                    sources.add(f[0]);
                    nodes.add(f[0]);
                }
                case "[JUNCTIONS]" -> nodes.add(f[0]);
                default -> {
                }
            }
        }
        return new Model(pipes, links, sources, nodes);
    }

    @Test
    void net3sIsolationOfEveryPipeEqualsABruteForceReachabilityCheck() throws IOException, InterruptedException {
        checkEveryPipe("Net3.inp", "N3-");
    }

    @Test
    void ky10sIsolationOfEveryPipeEqualsABruteForceReachabilityCheck() throws IOException, InterruptedException {
        checkEveryPipe("ky10.inp", "KY10-");
    }

    void checkEveryPipe(String file, String prefix) throws IOException, InterruptedException {
        Model model = parse(file);
        byte[] inp = Files.readAllBytes(SharedData.file("epanet/" + file));
        var imported = admin.post("/api/imports/epanet?idPrefix=" + prefix + "&fileName=" + file, "text/plain", inp);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode elements = imported.json().get("elements");
        assertThat(elements.get("created").asInt()).as(elements.toString())
                .isEqualTo(model.nodes().size() + model.links().size());

        // valves by the stated rule
        StringBuilder csv = new StringBuilder("id,pipeId,nodeId,status,diameterMm\n");
        Map<String, String[]> valveAt = new HashMap<>();
        int k = 0;
        for (int i = 0; i < model.pipes().size(); i++) {
            String[] p = model.pipes().get(i);
            for (int end = 1; end <= 2; end++) {
                boolean placed = end == 1 ? i % 2 == 0 : i % 3 == 0;
                if (!placed || model.sources().contains(p[end])) {
                    continue;
                }
                String status = k % 10 == 0 ? "BROKEN" : k % 17 == 0 ? "UNKNOWN" : "OPEN";
                String id = prefix + "V" + k;
                csv.append(id).append(',').append(prefix).append(p[0]).append(',').append(p[end]).append(',')
                        .append(status).append(",150\n");
                valveAt.put(id, new String[] {p[0], p[end], status});
                k++;
            }
        }
        var valves = admin.post("/api/imports/valves?fileName=valves.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(valves.status()).as(valves.body()).isEqualTo(200);
        assertThat(valves.json().get("created").asInt()).as(valves.body()).isEqualTo(k);
        String caughtUp = "?minPosition=" + valves.header("X-Event-Position");

        int withLoss = 0;
        List<Long> nanos = new ArrayList<>();
        for (String[] pipe : model.pipes()) {
            long started = System.nanoTime();
            var r = admin.get("/api/pipes/" + prefix + pipe[0] + "/isolation" + caughtUp);
            nanos.add(System.nanoTime() - started);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode iso = r.json();
            Set<String> close = new HashSet<>();
            iso.get("valvesToClose").forEach(v -> close.add(v.asText()));
            for (String v : close) {
                assertThat(valveAt.get(v)[2]).as(pipe[0] + " closes only working valves").isEqualTo("OPEN");
            }
            Oracle oracle = new Oracle(model, valveAt, close);
            Set<String> segment = oracle.component(pipe[0]);
            assertThat(texts(iso.get("segmentPipes"), prefix)).as(pipe[0] + " segment").isEqualTo(pipesOf(segment));
            for (String v : close) {
                Set<String> reopened = new HashSet<>(close);
                reopened.remove(v);
                assertThat(new Oracle(model, valveAt, reopened).component(pipe[0]))
                        .as(pipe[0] + ": " + v + " is needed").isNotEqualTo(segment);
            }
            Set<String> before = new Oracle(model, valveAt, Set.of()).wet(Set.of());
            Set<String> after = oracle.wet(segment);
            Set<String> dry = new TreeSet<>(pipesOf(segment));
            for (String vertex : before) {
                if (!after.contains(vertex) && vertex.startsWith("P:")) {
                    dry.add(vertex.substring(2));
                }
            }
            Set<String> dryNodes = new TreeSet<>();
            for (String vertex : segment) {
                if (vertex.startsWith("N:")) {
                    dryNodes.add(vertex.substring(2));
                }
            }
            for (String vertex : before) {
                if (!after.contains(vertex) && vertex.startsWith("N:")) {
                    dryNodes.add(vertex.substring(2));
                }
            }
            assertThat(texts(iso.get("pipesWithoutWater"), prefix)).as(pipe[0] + " pipes without water").isEqualTo(dry);
            assertThat(texts(iso.get("nodesWithoutWater"), "")).as(pipe[0] + " nodes without water").isEqualTo(dryNodes);
            if (dry.size() > pipesOf(segment).size()) {
                withLoss++;
            }
        }
        nanos.sort(null);
        System.out.printf("%s: %d pipes checked, %d valves placed, %d isolations cut off more than their segment; "
                + "isolation over HTTP p50 %.1f ms, p99 %.1f ms%n", file, model.pipes().size(), k, withLoss,
                nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * 0.99)) / 1e6);
        long deadline = System.currentTimeMillis() + 60_000;
        int rows = 0;
        while (System.currentTimeMillis() < deadline && rows < model.pipes().size()) {
            Thread.sleep(200);
            rows = jdbc.queryForObject("SELECT count(*) FROM network.pipe_criticality WHERE pipe_id LIKE ?", Integer.class,
                    prefix + "%");
        }
        assertThat(rows).as("every pipe's criticality is in the table").isEqualTo(model.pipes().size());
        long singleFeeds = jdbc.queryForObject("SELECT count(*) FROM network.pipe_criticality WHERE pipe_id LIKE ? AND "
                + "single_feed", Long.class, prefix + "%");
        System.out.printf("%s: %d single-feed pipes%n", file, singleFeeds);
        assertThat(singleFeeds).isPositive().isLessThan(model.pipes().size());
        assertThat(withLoss).as("the rule leaves some isolations that cut supply beyond the segment").isPositive();
    }

    static Set<String> texts(JsonNode array, String prefix) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText().substring(prefix.length())));
        return out;
    }

    static Set<String> pipesOf(Set<String> vertices) {
        Set<String> out = new TreeSet<>();
        for (String v : vertices) {
            if (v.startsWith("P:")) {
                out.add(v.substring(2));
            }
        }
        return out;
    }

    /**
     * Vertices "N:node" and "P:pipe" (a pipe's middle); a pipe end joins its node and its middle unless a valve closed
     * there; pumps and valves join their two nodes.
     */
    static final class Oracle {
        final Map<String, List<String>> next = new HashMap<>();
        final Model model;

        Oracle(Model model, Map<String, String[]> valves, Set<String> closed) {
            this.model = model;
            Set<String> cut = new HashSet<>();
            for (String v : closed) {
                cut.add(valves.get(v)[0] + "|" + valves.get(v)[1]);
            }
            for (String[] p : model.pipes()) {
                for (int end = 1; end <= 2; end++) {
                    if (!cut.contains(p[0] + "|" + p[end])) {
                        join("P:" + p[0], "N:" + p[end]);
                    }
                }
            }
            for (String[] l : model.links()) {
                join("N:" + l[1], "N:" + l[2]);
            }
        }

        void join(String a, String b) {
            next.computeIfAbsent(a, x -> new ArrayList<>()).add(b);
            next.computeIfAbsent(b, x -> new ArrayList<>()).add(a);
        }

        /** Everything connected to the pipe's middle, not crossing pumps' and valves' ... nor closed ends. */
        Set<String> component(String pipe) {
            return reach(List.of("P:" + pipe), Set.of());
        }

        /** Everything reached from the sources outside {@code removed}, never entering {@code removed}. */
        Set<String> wet(Set<String> removed) {
            List<String> starts = new ArrayList<>();
            for (String s : model.sources()) {
                if (!removed.contains("N:" + s)) {
                    starts.add("N:" + s);
                }
            }
            return reach(starts, removed);
        }

        Set<String> reach(List<String> starts, Set<String> removed) {
            Set<String> seen = new HashSet<>(starts);
            ArrayDeque<String> queue = new ArrayDeque<>(starts);
            while (!queue.isEmpty()) {
                for (String n : next.getOrDefault(queue.poll(), List.of())) {
                    if (!removed.contains(n) && seen.add(n)) {
                        queue.add(n);
                    }
                }
            }
            return seen;
        }
    }
}
