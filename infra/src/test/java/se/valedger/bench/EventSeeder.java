package se.valedger.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.InspectionLogged;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.Point;

/**
 * Fills the event store fast with real events: the application's own records, written by the
 * application's own event serializer, streamed into event_store.domain_event with COPY. Each pipe's
 * stream is a registration followed by its inspections, with gap-free sequence numbers, so the
 * aggregates load and the projections replay them like any other events.
 */
final class EventSeeder {

    static final int EVENTS_PER_HISTORIC_PIPE = 10;
    private static final int PIPES_PER_COPY = 20_000;
    private static final String COPY = "COPY event_store.domain_event (aggregate_identifier, sequence_number, type,"
            + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) FROM STDIN";
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final NetworkKind[] KINDS = NetworkKind.values();
    private static final Material[] MATERIALS = {Material.PVC, Material.PE, Material.DUCTILE_IRON,
            Material.GREY_CAST_IRON, Material.CONCRETE, Material.VITRIFIED_CLAY, Material.ASBESTOS_CEMENT};
    static final String[] DISTRICTS = {"Odensala", "Torvalla", "Lugnvik", "Frösön", "Brunflo", "Centrum", "Odenskog",
            "Körfältet", "Ängsmon", "Valla", "Täle", "Stadsdel Norr"};

    private final DataSource dataSource;
    private final Serializer serializer;
    private final String aggregateType;

    EventSeeder(DataSource dataSource, Serializer serializer, String aggregateType) {
        this.dataSource = dataSource;
        this.serializer = serializer;
        this.aggregateType = aggregateType;
    }

    static String networkPipeId(int i) {
        return String.format("N-%06d", i);
    }

    static PipeRegistered registration(String pipeId, int i) {
        double x = 480_000 + (i % 1000) * 25.0;
        double y = 6_990_000 + (i / 1000) * 25.0;
        return new PipeRegistered(pipeId, KINDS[i % KINDS.length], MATERIALS[i % MATERIALS.length],
                new int[]{110, 160, 200, 225, 300, 400}[i % 6], 20 + (i % 180), 1920 + (i % 100),
                DISTRICTS[i % DISTRICTS.length], 1 + (i % 5),
                new Geometry(Geometry.SWEREF99_TM, List.of(new Point(x, y), new Point(x + 20, y + 12))),
                "J-" + i, "J-" + (i + 1));
    }

    static InspectionLogged inspection(String pipeId, int n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new InspectionLogged(pipeId, UUID.randomUUID().toString(), LocalDate.of(2000 + n % 25, 1 + n % 12, 1 + n % 28),
                "E. Ek", InspectionMethod.values()[n % 4], 1 + random.nextInt(4), "routine inspection " + n);
    }

    /** Registers pipes {@code networkPipeId(0..count-1)}: one event each. */
    void seedNetwork(int count) throws Exception {
        run(count, Long.MAX_VALUE, (i, out) -> write(out, networkPipeId(i), 0, registration(networkPipeId(i), i)));
    }

    /** Registers pipes {@code prefix-<n>} with one inspection each: two events per pipe. */
    void seedInspectedPipes(String prefix, int pipes) throws Exception {
        run(pipes, Long.MAX_VALUE, (i, out) -> {
            String id = prefix + i;
            write(out, id, 0, registration(id, i));
            write(out, id, 1, inspection(id, i));
        });
    }

    /** Adds {@code events} events as histories of pipes {@code prefix-<n>}, 10 events per pipe. */
    void seedHistories(String prefix, long events) throws Exception {
        seedHistories(prefix, events, Long.MAX_VALUE);
    }

    /** As above, but starts no new COPY after {@code deadlineNanos} (System.nanoTime()): the store may end smaller. */
    void seedHistories(String prefix, long events, long deadlineNanos) throws Exception {
        int pipes = (int) (events / EVENTS_PER_HISTORIC_PIPE);
        run(pipes, deadlineNanos, (i, out) -> {
            String id = prefix + i;
            write(out, id, 0, registration(id, i));
            for (int n = 1; n < EVENTS_PER_HISTORIC_PIPE; n++) {
                write(out, id, n, inspection(id, n));
            }
        });
    }

    private interface PipeWriter {
        void write(int pipe, ByteArrayOutputStream out) throws Exception;
    }

    /** Two COPY streams at once: serialising on one core while PostgreSQL inserts on the other. */
    private void run(int pipes, long deadlineNanos, PipeWriter writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < pipes; from += PIPES_PER_COPY) {
                int start = from;
                int end = Math.min(pipes, from + PIPES_PER_COPY);
                chunks.add(pool.submit(() -> {
                    if (System.nanoTime() - deadlineNanos > 0) {
                        return null;
                    }
                    copy(start, end, writer);
                    return null;
                }));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void copy(int from, int to, PipeWriter writer) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            for (int i = from; i < to; i++) {
                writer.write(i, out);
                if (out.size() > (1 << 20)) {
                    copy.writeToCopy(out.toByteArray(), 0, out.size());
                    out.reset();
                }
            }
            copy.writeToCopy(out.toByteArray(), 0, out.size());
            copy.endCopy();
        }
    }

    private void write(ByteArrayOutputStream out, String aggregateId, long sequence, Object event) {
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        SerializedObject<byte[]> metadata = serializer.serialize(MetaData.from(Map.of(
                "user", "seeder", "roles", "ADMIN", "authMethod", "import", "clientAddress", "127.0.0.1",
                "correlationId", UUID.randomUUID().toString(), "causationId", UUID.randomUUID().toString())), byte[].class);
        text(out, aggregateId);
        text(out, Long.toString(sequence));
        text(out, aggregateType);
        text(out, UUID.randomUUID().toString());
        bytea(out, metadata.getData());
        bytea(out, payload.getData());
        text(out, payload.getType().getRevision());
        text(out, payload.getType().getName());
        out.writeBytes(DateTimeUtils.formatInstant(Instant.now()).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /** Our ids and type names hold no tab, newline or backslash, so COPY's text format needs no escaping. */
    private static void text(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes("\\N\t".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.write('\t');
    }

    private static void bytea(ByteArrayOutputStream out, byte[] data) {
        byte[] hex = new byte[3 + data.length * 2];
        hex[0] = '\\';
        hex[1] = '\\';
        hex[2] = 'x';
        for (int i = 0; i < data.length; i++) {
            hex[3 + 2 * i] = (byte) HEX[(data[i] >> 4) & 0xf];
            hex[4 + 2 * i] = (byte) HEX[data[i] & 0xf];
        }
        out.writeBytes(hex);
        out.write('\t');
    }
}
