package se.valedger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.pipe.CorrectPipe;
import se.valedger.pipe.DecommissionPipe;
import se.valedger.pipe.InspectionLogged;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.LogInspection;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeCorrected;
import se.valedger.pipe.PipeDecommissioned;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.PipeRenewed;
import se.valedger.pipe.RegisterPipe;
import se.valedger.pipe.RenewPipe;
import se.valedger.pipe.RenewalMethod;
import se.valedger.testing.IntegrationTest;

/**
 * The aging overview and the renewal planner's pipe table write a processor batch's changes when the
 * batch commits, summed per cohort and folded per pipe. Whatever lands in one batch, and however a
 * rebuild cuts the log into batches, they must hold what a recount of the stored events gives.
 */
@IntegrationTest
class PipeHistoryRebuildTest {

    static final String AGING = "network-aging";
    static final String RENEWAL = "renewal-planning";
    static final int COHORT_PIPES = 40;

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * Forty 1975 PVC drinking-water mains; RB-00 inspected five times out of date order (two on its newest
     * date); RB-01 corrected to 1985 PE; RB-02 renewed between two inspections; RB-03 decommissioned;
     * RB-04 corrected, renewed and decommissioned; RB-05 corrected in length only; one wastewater sewer.
     */
    @BeforeEach
    void pipeHistories() {
        if (jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = 'RB-00'",
                Long.class) > 0) {
            return;
        }
        for (int i = 0; i < COHORT_PIPES; i++) {
            register(String.format("RB-%02d", i), NetworkKind.DRINKING_WATER, Material.PVC, 1975, 100 + i);
        }
        register("RB-SEWER", NetworkKind.WASTEWATER, Material.CONCRETE, 1962, 80);
        inspect("RB-00", "2019-05-01", 2);
        inspect("RB-00", "2021-03-01", 3);
        inspect("RB-00", "2018-01-01", 4);
        inspect("RB-00", "2021-03-01", 1);
        inspect("RB-00", "2020-01-01", 4);
        correct("RB-01", Material.PE, 1985, 250.0);
        inspect("RB-02", "2015-06-01", 4);
        commands.sendAndWait(new RenewPipe("RB-02", Material.PE, 2024, RenewalMethod.RELINING, 90_000L, null, null));
        inspect("RB-02", "2025-06-01", 2);
        inspect("RB-03", "2016-06-01", 3);
        decommission("RB-03");
        correct("RB-04", Material.DUCTILE_IRON, 1990, null);
        commands.sendAndWait(new RenewPipe("RB-04", Material.PE, 2023, RenewalMethod.OPEN_CUT_REPLACEMENT, null, 160, null));
        decommission("RB-04");
        correct("RB-05", null, null, 333.5);
    }

    @Test
    void oneBatchHoldingAWholeCohortEveryKindOfChangeAndARedeliveredRegistrationAddsUpToTheRecount() throws Exception {
        List<EventMessage<?>> stored = storedEvents();
        List<EventMessage<?>> batch = new ArrayList<>(stored);
        // delivered again after its correction: must count neither twice nor as 1975 PVC again
        batch.add(stored.stream().filter(e -> e.getPayload() instanceof PipeRegistered r && r.pipeId().equals("RB-01"))
                .findFirst().orElseThrow());

        for (String group : List.of(AGING, RENEWAL)) {
            StreamingEventProcessor processor = processor(group);
            processor.shutDown();
            processor.resetTokens(); // empties the projection's tables
            handleAsOneBatch(group, batch);
        }

        assertAgreesWithRecount(stored);
    }

    @Test
    void aRebuildByTheProcessorsAddsUpToTheRecount() throws Exception {
        List<EventMessage<?>> stored = storedEvents();
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        for (String group : List.of(AGING, RENEWAL)) {
            StreamingEventProcessor processor = processor(group);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        for (String group : List.of(AGING, RENEWAL)) {
            awaitPosition(processor(group), head, Duration.ofSeconds(60));
        }

        assertAgreesWithRecount(stored);
    }

    private void assertAgreesWithRecount(List<EventMessage<?>> stored) {
        Recount recount = Recount.of(stored);
        assertThat(recount.stock()).as("the fixture's cohorts").hasSize(4);

        Map<String, double[]> stock = new HashMap<>();
        jdbc.query("SELECT network_kind, material, installation_year, pipes, length_m FROM aging.stock", rs -> {
            stock.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3),
                    new double[]{rs.getInt(4), rs.getDouble(5)});
        });
        assertThat(stock.keySet()).containsExactlyInAnyOrderElementsOf(recount.stock().keySet());
        recount.stock().forEach((cohort, expected) -> {
            assertThat(stock.get(cohort)[0]).as("pipes of " + cohort).isEqualTo(expected[0]);
            assertThat(stock.get(cohort)[1]).as("metres of " + cohort).isCloseTo(expected[1], within(1e-6));
        });
        assertThat(stock.get("DRINKING_WATER/PVC/1975")[0]).isEqualTo(COHORT_PIPES - 4);

        Map<String, double[]> renewals = new HashMap<>();
        jdbc.query("SELECT network_kind, year, renewals, length_m FROM aging.renewal", rs -> {
            renewals.put(rs.getString(1) + "/" + rs.getInt(2), new double[]{rs.getInt(3), rs.getDouble(4)});
        });
        assertThat(renewals).hasSameSizeAs(recount.renewals());
        recount.renewals().forEach((year, expected) -> assertThat(renewals.get(year)).as("renewals " + year)
                .containsExactly(expected[0], expected[1]));

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT pipe_id, network_kind, material, diameter_mm, length_m, installation_year, consequence_class,
                       latest_grade, last_inspected_on, status FROM renewal.pipe""");
        Map<String, Map<String, Object>> planned = new HashMap<>();
        rows.forEach(row -> planned.put((String) row.get("pipe_id"), row));
        assertThat(planned.keySet()).containsExactlyInAnyOrderElementsOf(recount.planningCopy().keySet());
        recount.planningCopy().forEach((pipeId, expected) ->
                assertThat(planned.get(pipeId)).as(pipeId).isEqualTo(expected));
        assertThat(planned.get("RB-00").get("latest_grade")).as("the later of two on the newest date").isEqualTo(1);
        assertThat(planned.get("RB-02").get("latest_grade")).as("renewed, then inspected").isEqualTo(2);
    }

    /** What the two read models should hold, counted straight from the events in log order. */
    record Recount(Map<String, double[]> stock, Map<String, double[]> renewals,
                   Map<String, Map<String, Object>> planningCopy) {

        static Recount of(List<EventMessage<?>> events) {
            Map<String, PipeAttributes> inService = new HashMap<>();
            Map<String, double[]> renewals = new HashMap<>();
            Map<String, Map<String, Object>> copy = new HashMap<>();
            for (EventMessage<?> event : events) {
                Object payload = event.getPayload();
                if (payload instanceof PipeRegistered r && !copy.containsKey(r.pipeId())) {
                    PipeAttributes a = new PipeAttributes(r.networkKind(), r.material(), r.diameterMm(), r.lengthM(),
                            r.installationYear(), r.district(), r.consequenceClass(), null, null, null);
                    inService.put(r.pipeId(), a);
                    copy.put(r.pipeId(), planningRow(r.pipeId(), a, null, null, "IN_SERVICE"));
                } else if (payload instanceof InspectionLogged i && copy.containsKey(i.pipeId())) {
                    Map<String, Object> row = copy.get(i.pipeId());
                    Date last = (Date) row.get("last_inspected_on");
                    if (last == null || !last.toLocalDate().isAfter(i.date())) {
                        row.put("latest_grade", i.grade());
                        row.put("last_inspected_on", Date.valueOf(i.date()));
                    }
                } else if (payload instanceof PipeCorrected c) {
                    inService.computeIfPresent(c.pipeId(), (id, before) -> c.corrected());
                    Map<String, Object> row = copy.get(c.pipeId());
                    copy.put(c.pipeId(), planningRow(c.pipeId(), c.corrected(), row.get("latest_grade"),
                            row.get("last_inspected_on"), row.get("status")));
                } else if (payload instanceof PipeRenewed r) {
                    inService.computeIfPresent(r.pipeId(), (id, before) -> new PipeAttributes(before.networkKind(),
                            r.material(), before.diameterMm(), before.lengthM(), r.year(), null, 0, null, null, null));
                    renewals.merge(r.networkKind() + "/" + r.year(), new double[]{1, r.lengthM()},
                            (a, b) -> new double[]{a[0] + b[0], a[1] + b[1]});
                    Map<String, Object> row = copy.get(r.pipeId());
                    row.putAll(Map.of("material", r.material().name(), "installation_year", r.year(),
                            "diameter_mm", r.diameterMm()));
                    row.put("latest_grade", null);
                    row.put("last_inspected_on", null);
                } else if (payload instanceof PipeDecommissioned d) {
                    inService.remove(d.pipeId());
                    copy.get(d.pipeId()).put("status", "DECOMMISSIONED");
                }
            }
            Map<String, double[]> stock = new HashMap<>();
            inService.values().forEach(a -> stock.merge(
                    a.networkKind() + "/" + a.material() + "/" + a.installationYear(), new double[]{1, a.lengthM()},
                    (x, y) -> new double[]{x[0] + y[0], x[1] + y[1]}));
            return new Recount(stock, renewals, copy);
        }

        private static Map<String, Object> planningRow(String pipeId, PipeAttributes a, Object grade,
                                                       Object inspectedOn, Object status) {
            Map<String, Object> row = new HashMap<>();
            row.put("pipe_id", pipeId);
            row.put("network_kind", a.networkKind().name());
            row.put("material", a.material().name());
            row.put("diameter_mm", a.diameterMm());
            row.put("length_m", a.lengthM());
            row.put("installation_year", a.installationYear());
            row.put("consequence_class", a.consequenceClass());
            row.put("latest_grade", grade);
            row.put("last_inspected_on", inspectedOn);
            row.put("status", status);
            return row;
        }
    }

    /** The processor's own handlers, given the whole list as one batch: one unit of work, one transaction. */
    private void handleAsOneBatch(String group, List<EventMessage<?>> batch) throws Exception {
        var handlers = ((AbstractEventProcessor) processor(group)).eventHandlerInvoker();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(transactionManager);
        var result = unitOfWork.executeWithResult(() -> {
            handlers.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        });
        assertThat(result.isExceptional()).as(String.valueOf(result.optionalExceptionResult())).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.dead_letter_entry", Long.class)).isZero();
    }

    private List<EventMessage<?>> storedEvents() throws InterruptedException {
        List<EventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                events.add(stream.nextAvailable());
            }
        }
        return events;
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
    }

    private static void awaitPosition(StreamingEventProcessor processor, long head, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var status = processor.processingStatus();
            int segments = status.values().stream().mapToInt(s -> s.getSegment().getMask() + 1).max().orElse(0);
            if (!status.isEmpty() && segments == status.size()
                    && status.values().stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= head)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(processor.getName() + " did not reach " + head + " within " + timeout);
    }

    private void register(String id, NetworkKind kind, Material material, int year, double length) {
        commands.sendAndWait(new RegisterPipe(id, kind, material, 160, length, year, "Odensala", 3, null, null, null));
    }

    private void inspect(String id, String date, int grade) {
        commands.sendAndWait(new LogInspection(id, null, LocalDate.parse(date), "E. Ek", InspectionMethod.CCTV, grade,
                "rebuild fixture"));
    }

    private void correct(String id, Material material, Integer year, Double length) {
        commands.sendAndWait(new CorrectPipe(id, null, material, null, length, year, null, null, null, null, null,
                "as-built drawing"));
    }

    private void decommission(String id) {
        commands.sendAndWait(new DecommissionPipe(id, "abandoned", LocalDate.of(2026, 1, 15)));
    }
}
