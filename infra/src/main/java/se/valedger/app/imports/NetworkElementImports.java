package se.valedger.app.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.valedger.app.network.ValveRegistrations;
import se.valedger.kernel.InvalidInput;
import se.valedger.network.ImportNode;
import se.valedger.network.ImportValve;
import se.valedger.network.NodeKind;
import se.valedger.network.NodePosition;
import se.valedger.network.ValveKind;
import se.valedger.network.ValveStatus;
import se.valedger.pipe.Geometry;

/**
 * {@code POST /api/imports/nodes} and {@code /api/imports/valves}: a nodes or valves CSV through the import engine.
 * Each row is stored whole or refused with its line and field: a node without a position (x or y missing or not a
 * number), an unknown kind or status, a valve on an unknown pipe, on a node that is not an end of its pipe, or on a
 * node alone (which pipe would it close?). A repeated id is refused at its second line. Re-importing the same file
 * stores nothing; a changed row corrects its element.
 */
@Component
public class NetworkElementImports {

    /** Swedish and common words for node kinds, besides the enum names. */
    static final Map<String, NodeKind> NODE_WORDS = new HashMap<>();

    static {
        for (NodeKind kind : NodeKind.values()) {
            NODE_WORDS.put(Vocabulary.key(kind.name()), kind);
        }
        NODE_WORDS.put("nod", NodeKind.JUNCTION);
        NODE_WORDS.put("knutpunkt", NodeKind.JUNCTION);
        NODE_WORDS.put("brunn", NodeKind.MANHOLE);
        NODE_WORDS.put("nedstigningsbrunn", NodeKind.MANHOLE);
        NODE_WORDS.put("brandpost", NodeKind.HYDRANT);
        NODE_WORDS.put("reservoar", NodeKind.RESERVOIR);
        NODE_WORDS.put("vattentorn", NodeKind.TANK);
        NODE_WORDS.put("tank", NodeKind.TANK);
        NODE_WORDS.put("vattenverk", NodeKind.TREATMENT_WORKS);
        NODE_WORDS.put("pumpstation", NodeKind.PUMPING_STATION);
        NODE_WORDS.put("utlopp", NodeKind.OUTFALL);
    }

    private final ImportDispatcher dispatcher;
    private final ValveRegistrations valves;

    NetworkElementImports(ImportDispatcher dispatcher, ValveRegistrations valves) {
        this.dispatcher = dispatcher;
        this.valves = valves;
    }

    public ImportReport nodes(Path file, String fileName, Map<String, String> options, ImportProgress progress) {
        String defaultCrs = options.getOrDefault("crs", Geometry.SWEREF99_TM);
        NetworkElementsCsv csv = NetworkElementsCsv.check(file, StandardCharsets.UTF_8, NetworkElementsCsv.NODE_COLUMNS,
                List.of("id", "kind", "x", "y"));
        progress.total(csv.dataRows());
        String reason = "import nodes " + fileName;
        ImportDispatcher.Run run = dispatcher.parallel("nodes", PipeImportHandling.INSTANCE, progress);
        run.readAll(submit -> csv.rows(row -> submit.accept(node(row, defaultCrs, reason))));
        return run.finish();
    }

    private static ImportRow node(NetworkElementsCsv.Row row, String defaultCrs, String reason) {
        Optional<ImportRow> repeated = repeated(row);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        String kindText = row.get("kind");
        NodeKind kind = kindText == null ? null : NODE_WORDS.get(Vocabulary.key(kindText));
        if (kind == null) {
            return ImportRow.refused(row.line(), "kind", kindText == null ? "the node's kind is missing"
                    : "unknown node kind '" + kindText + "'; use one of " + Arrays.toString(NodeKind.values()));
        }
        Double x = NetworkElementsCsv.number(row.get("x"));
        Double y = NetworkElementsCsv.number(row.get("y"));
        if (x == null || y == null) {
            String field = x == null ? "x" : "y";
            return ImportRow.refused(row.line(), field, row.get(field) == null
                    ? "a node needs a position: " + field + " is missing (rule NodesMustBePlaced); the row is not stored"
                    : field + " '" + row.get(field) + "' is not a number");
        }
        String crs = row.get("crs") == null ? defaultCrs : row.get("crs");
        return ImportRow.of(row.line(), new ImportNode(row.get("id"), kind, new NodePosition(crs, x, y), row.get("name"),
                null, reason));
    }

    public ImportReport valves(Path file, String fileName, ImportProgress progress) {
        NetworkElementsCsv csv = NetworkElementsCsv.check(file, StandardCharsets.UTF_8, NetworkElementsCsv.VALVE_COLUMNS,
                List.of("id", "pipeId", "nodeId"));
        progress.total(csv.dataRows());
        String reason = "import valves " + fileName;
        ImportDispatcher.Run run = dispatcher.parallel("valves", PipeImportHandling.INSTANCE, progress);
        run.readAll(submit -> csv.rows(row -> submit.accept(valve(row, reason))));
        return run.finish();
    }

    private ImportRow valve(NetworkElementsCsv.Row row, String reason) {
        Optional<ImportRow> repeated = repeated(row);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        ValveStatus status = NetworkElementsCsv.enumValue(ValveStatus.class, row.get("status"));
        if (row.get("status") != null && status == null) {
            return ImportRow.refused(row.line(), "status", "unknown valve status '" + row.get("status") + "'; use one of "
                    + Arrays.toString(ValveStatus.values()));
        }
        ValveKind kind = NetworkElementsCsv.enumValue(ValveKind.class, row.get("kind"));
        if (row.get("kind") != null && kind == null) {
            return ImportRow.refused(row.line(), "kind", "unknown valve kind '" + row.get("kind") + "'; use one of "
                    + Arrays.toString(ValveKind.values()));
        }
        Double diameter = NetworkElementsCsv.number(row.get("diameterMm"));
        if (row.get("diameterMm") != null && (diameter == null || diameter != Math.rint(diameter))) {
            return ImportRow.refused(row.line(), "diameterMm", "'" + row.get("diameterMm") + "' is not a whole number of mm");
        }
        Optional<InvalidInput> misplaced = valves.placement(row.get("pipeId"), row.get("nodeId"));
        if (misplaced.isPresent()) {
            return ImportRow.refused(row.line(), misplaced.get().field(), misplaced.get().reason());
        }
        ImportRow stored = ImportRow.of(row.line(), new ImportValve(row.get("id"), row.get("pipeId"), row.get("nodeId"),
                kind, status, diameter == null ? null : diameter.intValue(), reason));
        if (status == null) {
            long line = row.line();
            return stored.whenStored(report -> report.note(line, "status",
                    "no status given: stored as UNKNOWN (not relied on to isolate until exercised)"));
        }
        return stored;
    }

    private static Optional<ImportRow> repeated(NetworkElementsCsv.Row row) {
        if (row.get("id") == null) {
            return Optional.of(ImportRow.refused(row.line(), "id", "the id is missing"));
        }
        if (row.firstLineOfId() != null && row.firstLineOfId() != row.line()) {
            return Optional.of(ImportRow.refused(row.line(), "id", row.get("id") + " is listed twice; first on line "
                    + row.firstLineOfId()));
        }
        return Optional.empty();
    }
}
