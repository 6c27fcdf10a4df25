package se.valedger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.LogInspection;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.Point;
import se.valedger.pipe.RegisterPipe;
import se.valedger.testing.IntegrationTest;

/**
 * The performance benchmark: the whole application on a fresh database, measured side by side with
 * plain JDBC on the same database in the same run. Run by {@code ./mvnw -Pbench -pl infra -am verify}
 * (never by the normal build); prints a table and writes target/bench/results.json.
 */
@IntegrationTest
class PerformanceBench {

    static final String REGISTER = "pipe-register";
    static final String ENGINEER = "bench-engineer";
    static final String ENGINEER_PASSWORD = "bench-engineer-password";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    UserAccounts accounts;
    @Autowired
    List<se.valedger.projection.ReadModel> readModels;

    final BenchScale scale = BenchScale.fromSystemProperties();
    String aggregateType;
    final Report report = new Report();
    final AtomicLong newPipes = new AtomicLong();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void measuresTheApplicationAgainstPostgresqlsOwnLimit() throws Exception {
        long runStarted = System.nanoTime();
        settings();
        RawBaselines raw = new RawBaselines(dataSource);
        raw.createRawTable();

        commandGateway.sendAndWait(registerPipe("BENCH-PROBE"));
        aggregateType = jdbc.queryForObject(
                "SELECT type FROM event_store.domain_event WHERE aggregate_identifier = 'BENCH-PROBE'", String.class);
        EventSeeder seeder = new EventSeeder(dataSource, eventSerializer, aggregateType);

        step("seeding a network of " + scale.pipes() + " pipes");
        long seedStart = System.nanoTime();
        seeder.seedNetwork(scale.pipes());
        double seedSeconds = seconds(seedStart);
        long catchUpStart = System.nanoTime();
        awaitProjection(head(), Duration.ofMinutes(5));
        report.put("networkSeedEventsPerSec", scale.pipes() / seedSeconds, "bulk COPY of serialized PipeRegistered");
        report.put("networkCatchUpEventsPerSec", scale.pipes() / seconds(catchUpStart),
                "pipe-register processing the seeded network live");

        warmUp();
        commandsAndRawInserts(raw);
        httpCommands();
        Load.Result smallStore = writeSideCommands();
        analyzeReadModels();
        queries("Network", "at the " + scale.pipes() + "-pipe network");
        imports();

        step("stopping every event processor, seeding the store to " + scale.replayStoreEvents() + " events");
        stopAllProcessors();
        long toAdd = scale.replayStoreEvents() - eventCount();
        if (toAdd > 0) {
            seeder.seedHistories("H-", toAdd);
        }
        analyze();
        step("raw keyset read of the whole store");
        RawBaselines.ReadResult read = raw.readAll(1000);
        report.put("rawReadEventsPerSec", read.perSecond(), "plain JDBC keyset pages of 1000 + Jackson readTree of each payload");
        replay();

        long pipesNow = jdbc.queryForObject("SELECT count(*) FROM register.pipe", Long.class);
        if (scale.queryPipes() > pipesNow) {
            step("seeding " + (scale.queryPipes() - pipesNow) + " more inspected pipes for the queries at "
                    + scale.queryPipes() + " pipes; every read model catching up live");
            long started = System.nanoTime();
            long before = head();
            seeder.seedInspectedPipes("Q-", (int) (scale.queryPipes() - pipesNow));
            awaitReadModels(head(), Duration.ofMinutes(10));
            report.put("liveCatchUpEventsPerSec", (head() - before) / seconds(started),
                    "bulk COPY of registrations + inspections with all read models processing them live");
        }
        analyzeReadModels();
        report.put("queryPipes", jdbc.queryForObject("SELECT count(*) FROM register.pipe", Long.class),
                "pipes in the register for the headline query figures");
        queries("", "at " + scale.queryPipes() + " pipes");

        growth(seeder, smallStore);

        report.put("eventsInStore", eventCount());
        report.put("pipes", scale.pipes(), "network pipes used by the command scenarios");
        report.put("registeredPipes", jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM event_store.domain_event", Long.class));
        report.put("runSeconds", seconds(runStarted));
        step("done");
        String table = report.table();
        System.out.println(table);
        report.write(Path.of(System.getProperty("bench.output", "target/bench")));
        assertThat((Double) report.get("commandTps")).isPositive();
        assertThat((Double) report.get("replayEventsPerSec")).isPositive();
    }

    // ---------------------------------------------------------------- scenarios

    /**
     * A fresh JVM spends the first minute compiling: profiles of the first runs showed the JIT compiler
     * threads taking 40-65 % of the application's CPU during the measured windows. So before anything is
     * measured, the mix (in-process and HTTP commands, queries) runs until the compiler
     * has used less than a tenth of a core for three seconds in a row, or the warm-up's time is up.
     */
    void warmUp() throws Exception {
        if (accounts.anyExists() && jdbc.queryForObject(
                "SELECT count(*) FROM security.app_user WHERE username = ?", Long.class, ENGINEER) == 0) {
            accounts.create(ENGINEER, ENGINEER_PASSWORD, EnumSet.of(Role.ENGINEER));
        }
        step("warm-up until the JIT compiler settles (at most " + scale.maxJitWarmup().toSeconds() + " s)");
        long started = System.nanoTime();
        long deadline = started + scale.maxJitWarmup().toNanos();
        int quietSeconds = 0;
        long compiledMs = jitMs();
        while (quietSeconds < 3 && System.nanoTime() < deadline) {
            Load.run(scale.primaryThreads(), Duration.ZERO, Duration.ofSeconds(1), t -> switch (t % 4) {
                case 0 -> httpCommand("WU", t);
                case 1 -> inProcessCommand("WU", t);
                case 2 -> mixedQuery();
                default -> inProcessCommand("WU", t);
            });
            long now = jitMs();
            quietSeconds = now - compiledMs < 100 ? quietSeconds + 1 : 0;
            compiledMs = now;
        }
        report.put("jitWarmupSeconds", seconds(started), "mixed load until the JIT used < 10 % of a core for 3 s"
                + (quietSeconds < 3 ? " (not reached: stopped at the warm-up's limit)" : ""));
        awaitReadModels(head(), Duration.ofMinutes(5));
    }

    Load.Operation mixedQuery() {
        int pages = Math.max(1, scale.pipes() / 50);
        return () -> {
            switch (ThreadLocalRandom.current().nextInt(3)) {
                case 0 -> get("/api/backlog?size=50", -1);
                case 1 -> get("/api/network/aging", -1);
                default -> get("/api/pipes?page=" + ThreadLocalRandom.current().nextInt(pages) + "&size=50", 200);
            }
        };
    }

    void commandsAndRawInserts(RawBaselines raw) throws Exception {
        Map<String, Object> rawByThreads = new LinkedHashMap<>();
        Map<String, Object> commandsByThreads = new LinkedHashMap<>();
        for (int threads : scale.threadCounts()) {
            step("raw inserts, " + threads + " threads");
            Load.Result rawResult = raw.insert(threads, scale.warmup(), scale.measure());
            step("in-process commands, " + threads + " threads");
            long jitBefore = jitMs();
            Load.Result commands = Load.run(threads, scale.warmup(), scale.measure(), t -> inProcessCommand("C" + threads, t));
            double jitShare = (jitMs() - jitBefore) / (1000.0 * (scale.warmup().toSeconds() + scale.measure().toSeconds()));
            rawByThreads.put(Integer.toString(threads), Report.round(rawResult.perSecond()));
            commandsByThreads.put(Integer.toString(threads), summary(commands));
            if (threads == scale.primaryThreads()) {
                report.put("rawInsertTps", rawResult.perSecond(), "plain JDBC, copy of domain_event, ~1 KB JSON, autocommit, "
                        + threads + " threads");
                report.put("commandTps", commands.perSecond(), "CommandGateway.sendAndWait, 90 % LogInspection / 10 % RegisterPipe, "
                        + threads + " threads, every processor running");
                report.put("commandRatio", commands.perSecond() / rawResult.perSecond());
                report.put("commandP50Ms", commands.percentileMs(0.50));
                report.put("commandP99Ms", commands.percentileMs(0.99));
                report.put("commandJitCores", jitShare, "cores the JIT compiler kept busy during the command scenario");
            }
            awaitReadModels(head(), Duration.ofMinutes(5));
        }
        report.put("rawInsertTpsByThreads", rawByThreads);
        report.put("commandsByThreads", commandsByThreads);
    }

    void httpCommands() throws Exception {
        if (!accounts.anyExists() || jdbc.queryForObject(
                "SELECT count(*) FROM security.app_user WHERE username = ?", Long.class, ENGINEER) == 0) {
            accounts.create(ENGINEER, ENGINEER_PASSWORD, EnumSet.of(Role.ENGINEER));
        }
        Map<String, Object> byThreads = new LinkedHashMap<>();
        for (int threads : scale.threadCounts()) {
            step("HTTP commands, " + threads + " threads");
            long jitBefore = jitMs();
            Load.Result result = Load.run(threads, scale.warmup(), scale.measure(), t -> httpCommand("W" + threads, t));
            double jitShare = (jitMs() - jitBefore) / (1000.0 * (scale.warmup().toSeconds() + scale.measure().toSeconds()));
            byThreads.put(Integer.toString(threads), summary(result));
            if (threads == scale.primaryThreads()) {
                double rawTps = ((Number) report.get("rawInsertTps")).doubleValue();
                report.put("httpCommandTps", result.perSecond(), "POST /api/pipes[/{id}/inspections] with HTTP Basic as "
                        + "an ENGINEER, " + threads + " client threads, same mix");
                report.put("httpRatio", result.perSecond() / rawTps);
                report.put("httpP50Ms", result.percentileMs(0.50));
                report.put("httpP99Ms", result.percentileMs(0.99));
                report.put("httpJitCores", jitShare, "cores the JIT compiler kept busy during the HTTP scenario");
            }
            awaitReadModels(head(), Duration.ofMinutes(5));
        }
        report.put("httpByThreads", byThreads);
    }

    void queries(String suffix, String where) throws Exception {
        step("queries " + where);
        long pipes = jdbc.queryForObject("SELECT count(*) FROM register.pipe", Long.class);
        int pages = (int) Math.max(1, pipes / 50);
        Load.Result register = sequential(scale.queryRequests(), () -> {
            int page = ThreadLocalRandom.current().nextInt(Math.min(pages, 2_000));
            get("/api/pipes?page=" + page + "&size=50", 200);
        });
        report.put("registerPageP50Ms" + suffix, register.percentileMs(0.50), "GET /api/pipes?page=<random of the first 2,000>&size=50, one client, "
                + pipes + " pipes");
        report.put("registerPageP99Ms" + suffix, register.percentileMs(0.99));
        querySlot("backlogP99Ms" + suffix, "/api/backlog?size=50", "GET /api/backlog (top 50 by risk), " + pipes + " pipes, "
                + jdbc.queryForObject("SELECT count(*) FROM backlog.item WHERE status IN ('OPEN','SCHEDULED')", Long.class) + " open items");
        querySlot("agingP99Ms" + suffix, "/api/network/aging", "GET /api/network/aging, " + pipes + " pipes");
    }

    /** EPANET Net6 and ky10 through the real import endpoint, then a synthetic pipes-csv of the network's size. */
    void imports() throws Exception {
        step("imports");
        double net6 = importFile("/api/imports/epanet?idPrefix=NET6-", "text/plain",
                java.nio.file.Files.readAllBytes(se.valedger.testing.SharedData.file("epanet/Net6.inp")));
        double ky10 = importFile("/api/imports/epanet?idPrefix=KY10-", "text/plain",
                java.nio.file.Files.readAllBytes(se.valedger.testing.SharedData.file("epanet/ky10.inp")));
        StringBuilder csv = new StringBuilder("id;networkKind;material;diameterMm;lengthM;installationYear;district;coordinates\n");
        int rows = scale.pipes();
        for (int i = 0; i < rows; i++) {
            // whole metres, pairs separated by spaces: the cell must not hold the file's ';' separator
            long x = 490_000 + (i % 1000) * 10L;
            long y = 6_990_000 + (i / 1000) * 10L;
            csv.append("CSV-").append(i).append(";S;PVC;").append(160 + (i % 5) * 40).append(";")
                    .append(20 + i % 80).append(";").append(1950 + i % 70).append(";D").append(i % 12).append(";")
                    .append(x).append(' ').append(y).append(' ').append(x + 8).append(' ').append(y + 6).append('\n');
        }
        double synthetic = importFile("/api/imports/pipes-csv", "text/csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        report.put("importNet6PipesPerSec", net6, "POST /api/imports/epanet, Net6.inp (3,829 pipes)");
        report.put("importKy10PipesPerSec", ky10, "POST /api/imports/epanet, ky10.inp (1,043 pipes, many vertices)");
        report.put("importPipesPerSec", synthetic, "POST /api/imports/pipes-csv, synthetic " + rows + " pipes");
    }

    double importFile(String path, String contentType, byte[] body) throws Exception {
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                "admin:admin-password".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(20)).header("Authorization", authorization).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = seconds(started);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        long created = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("created").asLong();
        assertThat(created).as(response.body()).isPositive();
        return created / seconds;
    }

    /** Fills itself in once the endpoint exists: until then the endpoint answers 404 and the figure is null. */
    void querySlot(String key, String path, String what) throws Exception {
        int status = get(path, -1);
        if (status != 200) {
            report.missing(key, path + " answered " + status + " (not on main yet)");
            return;
        }
        Load.Result result = sequential(scale.queryRequests(), () -> get(path, 200));
        report.put(key, result.percentileMs(0.99), what + ", one client, p50 " + Report.round(result.percentileMs(0.5)) + " ms");
    }

    /**
     * What an operator's full rebuild does: every read model reset to an empty schema and rebuilt from the
     * whole store, all processors at once (they share the two cores, as they would in production).
     */
    void replay() throws Exception {
        long head = head();
        long events = eventCount();
        List<StreamingEventProcessor> rebuilt = readModelProcessors();
        step("replay of " + events + " events into all " + rebuilt.size() + " read models");
        for (StreamingEventProcessor processor : rebuilt) {
            processor.resetTokens();
        }
        long started = System.nanoTime();
        rebuilt.forEach(StreamingEventProcessor::start);
        Map<String, Object> secondsByProjection = new LinkedHashMap<>();
        long deadline = started + Duration.ofMinutes(20).toNanos();
        while (secondsByProjection.size() < rebuilt.size()) {
            for (StreamingEventProcessor processor : rebuilt) {
                if (!secondsByProjection.containsKey(processor.getName()) && Processors.reached(processor, head)) {
                    secondsByProjection.put(processor.getName(), Report.round(seconds(started)));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("replay unfinished after 20 minutes: " + secondsByProjection);
            }
            Thread.sleep(20);
        }
        double seconds = seconds(started);
        double perSecond = events / seconds;
        report.put("replayEventsPerSec", perSecond, "reset + rebuild of all " + rebuilt.size() + " read models at once from "
                + events + " events (events / time until the last one reached the head)");
        report.put("replayRatio", perSecond / ((Number) report.get("rawReadEventsPerSec")).doubleValue());
        report.put("replaySecondsByProjection", secondsByProjection);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        report.put("heapAfterReplayMb", (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0),
                "used heap after a full GC, max " + runtime.maxMemory() / (1024 * 1024) + " MB");
        Long rows = jdbc.queryForObject("SELECT count(*) FROM register.pipe", Long.class);
        // pipes only: the store also holds the plant, leak reports and the like
        Long distinct = jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM event_store.domain_event WHERE type = ?",
                Long.class, aggregateType);
        assertThat(rows).as("every pipe back in the register after the replay").isEqualTo(distinct);
        Long backlogPipes = jdbc.queryForObject("SELECT count(*) FROM backlog.pipe", Long.class);
        assertThat(backlogPipes).as("every pipe back in the backlog's copy after the replay").isEqualTo(distinct);
    }

    /**
     * Growth, first half: the write side alone (every processor stopped, so the projections' work does not
     * blur it) on the still small store, after the JIT has settled. The second half runs at the end.
     */
    Load.Result writeSideCommands() throws Exception {
        stopAllProcessors();
        step("growth: commands at " + eventCount() + " events, all processors stopped");
        Load.Result result = Load.run(scale.primaryThreads(), scale.warmup(), scale.measure(), t -> inProcessCommand("GA", t));
        report.put("growthTpsSmallStore", result.perSecond(), "in-process commands, " + scale.primaryThreads()
                + " threads, all processors stopped, " + eventCount() + " events stored");
        processing.eventProcessors().values().forEach(org.axonframework.eventhandling.EventProcessor::start);
        awaitReadModels(head(), Duration.ofMinutes(5));
        return result;
    }

    /** Growth, second half: the same write-side measurement once the store holds growthStoreEvents. */
    void growth(EventSeeder seeder, Load.Result smallStore) throws Exception {
        stopAllProcessors();
        long beforeEvents = eventCount();
        long toAdd = scale.growthStoreEvents() - beforeEvents;
        if (toAdd > 0) {
            step("growth: seeding " + toAdd + " more events");
            long started = System.nanoTime();
            seeder.seedHistories("G-", toAdd, started + scale.growthSeedBudget().toNanos());
            report.put("growthSeedEventsPerSec", (eventCount() - beforeEvents) / seconds(started), "bulk COPY");
            analyze();
        }
        long afterEvents = eventCount();
        step("growth: commands at " + afterEvents + " events, all processors stopped");
        Load.Result after = Load.run(scale.primaryThreads(), scale.warmup(), scale.measure(), t -> inProcessCommand("GB", t));
        report.put("growthTpsLargeStore", after.perSecond(), "same, " + afterEvents + " events stored"
                + (afterEvents < scale.growthStoreEvents() - EventSeeder.EVENTS_PER_HISTORIC_PIPE * 2L ? " (seeding stopped at its time budget, short of "
                + scale.growthStoreEvents() + ")" : ""));
        report.put("growthSlowdown", 1 - after.perSecond() / smallStore.perSecond(), "target <= 0.20");
        report.put("growthP99MsLargeStore", after.percentileMs(0.99));
    }

    // ---------------------------------------------------------------- operations

    Load.Operation inProcessCommand(String tag, int thread) {
        Map<String, Object> metadata = Map.of("user", "bench", "roles", "ENGINEER", "authMethod", "password",
                "clientAddress", "127.0.0.1", "correlationId", "bench-" + tag + "-" + thread);
        return () -> {
            Object command = nextCommand(tag, thread);
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
        };
    }

    Object nextCommand(String tag, int thread) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextInt(10) == 0) {
            return registerPipe("B-" + tag + "-" + thread + "-" + newPipes.incrementAndGet());
        }
        return new LogInspection(EventSeeder.networkPipeId(random.nextInt(scale.pipes())), null,
                LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)), "E. Ek", InspectionMethod.CCTV,
                1 + random.nextInt(4), "bench inspection");
    }

    static RegisterPipe registerPipe(String id) {
        return new RegisterPipe(id, NetworkKind.WASTEWATER, Material.PVC, 200, 85.0, 1987, "Odensala", 3,
                new Geometry(Geometry.SWEREF99_TM, List.of(new Point(492000.0, 6995000.0), new Point(492050.0, 6995030.0))),
                null, null);
    }

    Load.Operation httpCommand(String tag, int thread) {
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (ENGINEER + ":" + ENGINEER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return () -> {
            Object command = nextCommand(tag, thread);
            HttpRequest request;
            int expected;
            if (command instanceof RegisterPipe pipe) {
                request = post("/api/pipes", authorization, """
                        {"id":"%s","networkKind":"WASTEWATER","material":"PVC","diameterMm":200,"lengthM":85.0,
                         "installationYear":1987,"district":"Odensala","consequenceClass":3,
                         "geometry":{"crs":"EPSG:3006","coordinates":[[492000.0,6995000.0],[492050.0,6995030.0]]}}"""
                        .formatted(pipe.pipeId()));
                expected = 201;
            } else {
                LogInspection inspection = (LogInspection) command;
                request = post("/api/pipes/" + inspection.pipeId() + "/inspections", authorization, """
                        {"date":"%s","inspector":"E. Ek","method":"CCTV","grade":%d,"findings":"bench inspection"}"""
                        .formatted(inspection.date(), inspection.grade()));
                expected = 202;
            }
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        };
    }

    HttpRequest post(String path, String authorization, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    int get(String path, int expected) throws Exception {
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (ENGINEER + ":" + ENGINEER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (expected > 0 && response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
        }
        return response.statusCode();
    }

    Load.Result sequential(int requests, Load.Operation operation) throws Exception {
        for (int i = 0; i < Math.min(50, requests); i++) {
            operation.run();
        }
        long[] latencies = new long[requests];
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long before = System.nanoTime();
            operation.run();
            latencies[i] = System.nanoTime() - before;
        }
        double total = seconds(started);
        java.util.Arrays.sort(latencies);
        return new Load.Result(1, requests, 0, total, latencies);
    }

    // ---------------------------------------------------------------- helpers

    StreamingEventProcessor processor() {
        return processors().named(REGISTER);
    }

    /** Waits until every segment of pipe-register has processed {@code head}. */
    void awaitProjection(long head, Duration timeout) throws InterruptedException {
        processors().awaitCaughtUp(REGISTER, head, timeout);
    }

    List<StreamingEventProcessor> readModelProcessors() {
        return readModels.stream().map(model -> processing.eventProcessor(model.processingGroup(), StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + model.processingGroup()))).toList();
    }

    void stopAllProcessors() {
        processing.eventProcessors().values().forEach(org.axonframework.eventhandling.EventProcessor::shutDown);
    }

    void awaitReadModels(long head, Duration timeout) throws InterruptedException {
        processors().awaitAll(readModelProcessors(), head, timeout);
    }

    static long jitMs() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    long head() {
        return processors().head();
    }

    long eventCount() {
        return processors().eventCount();
    }

    Processors processors() {
        return new Processors(processing, jdbc);
    }

    void analyze() {
        jdbc.execute("ANALYZE event_store.domain_event");
    }

    /**
     * This machine's PostgreSQL runs with autovacuum off (see {@code autovacuum} in the results), so after a
     * bulk step nothing refreshes the planner's statistics; production's autovacuum would, within a minute.
     * Without it the planner believes a freshly rebuilt table is nearly empty (a backlog count read 665,000
     * index entries for a page that needs 50). Done after the bulk steps, as autovacuum would.
     */
    void analyzeReadModels() {
        for (se.valedger.projection.ReadModel model : readModels) {
            for (String table : jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = ?", String.class,
                    model.schema())) {
                if (!table.startsWith("flyway")) {
                    jdbc.execute("ANALYZE " + model.schema() + "." + table);
                }
            }
        }
    }

    void settings() {
        report.put("scale", scale.name());
        report.put("date", OffsetDateTime.now().withNano(0).toString());
        report.put("threads", scale.primaryThreads(), "client threads of the headline figures");
        report.put("threadCounts", new ArrayList<>(scale.threadCounts()));
        report.put("measureSeconds", (double) scale.measure().toSeconds());
        report.put("warmupSeconds", (double) scale.warmup().toSeconds());
        report.put("machineCores", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            report.put("machineMemoryMb", os.getTotalMemorySize() / (1024 * 1024));
        }
        report.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.put("postgresql", jdbc.queryForObject("SHOW server_version", String.class));
        report.put("synchronousCommit", jdbc.queryForObject("SHOW synchronous_commit", String.class));
        report.put("autovacuum", jdbc.queryForObject("SHOW autovacuum", String.class),
                "when off, the bench ANALYZEs after its bulk steps as autovacuum would");
        report.put("hikariPoolSize", jdbc.getDataSource() instanceof com.zaxxer.hikari.HikariDataSource h
                ? h.getMaximumPoolSize() : -1);
        report.put("replayStoreEvents", scale.replayStoreEvents());
        report.put("growthStoreEvents", scale.growthStoreEvents());
    }

    void step(String what) throws java.io.IOException {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), what);
        // Written after every step, so a run stopped half-way still leaves the figures it has.
        report.write(Path.of(System.getProperty("bench.output", "target/bench")));
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static Map<String, Object> summary(Load.Result result) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("tps", Report.round(result.perSecond()));
        summary.put("p50Ms", Report.round(result.percentileMs(0.5)));
        summary.put("p99Ms", Report.round(result.percentileMs(0.99)));
        summary.put("errors", result.errors());
        return summary;
    }
}
