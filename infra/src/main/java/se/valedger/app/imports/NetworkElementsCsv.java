package se.valedger.app.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import se.valedger.kernel.MalformedFile;

/**
 * A nodes CSV ({@code id, kind, x, y, crs}) or valves CSV ({@code id, pipeId, nodeId, status, diameterMm}), with a
 * header row naming the columns (English or Swedish, matched like pipes-csv's). Read twice: first whole, for its
 * shape (header, required columns, a last row cut short, repeated ids), then row by row as cells by column name.
 */
final class NetworkElementsCsv {

    static final Map<String, Set<String>> NODE_COLUMNS = new LinkedHashMap<>();
    static final Map<String, Set<String>> VALVE_COLUMNS = new LinkedHashMap<>();

    static {
        NODE_COLUMNS.put("id", Set.of("id", "nodeid", "nodid", "brunnsid", "objektid"));
        NODE_COLUMNS.put("kind", Set.of("kind", "typ", "nodtyp", "type"));
        NODE_COLUMNS.put("x", Set.of("x", "easting", "ost", "e"));
        NODE_COLUMNS.put("y", Set.of("y", "northing", "nord", "n"));
        NODE_COLUMNS.put("crs", Set.of("crs", "koordinatsystem", "srid"));
        NODE_COLUMNS.put("name", Set.of("name", "namn"));
        VALVE_COLUMNS.put("id", Set.of("id", "valveid", "ventilid", "objektid"));
        VALVE_COLUMNS.put("pipeId", Set.of("pipeid", "ledningsid", "ledning", "pipe"));
        VALVE_COLUMNS.put("nodeId", Set.of("nodeid", "nodid", "nod", "node"));
        VALVE_COLUMNS.put("status", Set.of("status", "lage", "tillstand"));
        VALVE_COLUMNS.put("diameterMm", Set.of("diametermm", "diameter", "dimension", "dim"));
        VALVE_COLUMNS.put("kind", Set.of("kind", "typ", "ventiltyp"));
    }

    /** One data row: its line, its cells by column name (absent: the file has no such column or the cell is blank). */
    record Row(long line, Map<String, String> cells, Long firstLineOfId) {
        String get(String column) {
            return cells.get(column);
        }
    }

    private final Path file;
    private final Charset charset;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, Long> firstLineOfId = new HashMap<>();
    private long dataRows;

    private NetworkElementsCsv(Path file, Charset charset) {
        this.file = file;
        this.charset = charset;
    }

    static NetworkElementsCsv check(Path file, Charset charset, Map<String, Set<String>> known, List<String> required) {
        NetworkElementsCsv csv = new NetworkElementsCsv(file, charset);
        long[] last = {0, 0};
        int[] headerCells = {0};
        try (CsvTable table = CsvTable.open(TextLines.of(file, charset), PipesCsvFile.FORMAT)) {
            if (table.header() == null) {
                throw new MalformedFile(1, "the file is empty; it needs a header row");
            }
            List<String> names = table.header().cells();
            headerCells[0] = names.size();
            for (int i = 0; i < names.size(); i++) {
                String key = Vocabulary.key(names.get(i));
                for (var column : known.entrySet()) {
                    if (column.getValue().contains(key)) {
                        csv.columns.putIfAbsent(column.getKey(), i);
                    }
                }
            }
            List<String> missing = new ArrayList<>();
            for (String column : required) {
                if (!csv.columns.containsKey(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new MalformedFile(table.header().line(), "line " + table.header().line()
                        + ": the header lacks the required column(s) " + missing + "; found " + names);
            }
            table.rows(record -> {
                String id = record.cell(csv.columns.get("id"));
                if (id != null && !id.isBlank()) {
                    csv.firstLineOfId.putIfAbsent(id.strip(), record.line());
                }
                csv.dataRows++;
                last[0] = record.line();
                last[1] = record.cells().size();
            });
        }
        LastRowComplete.check(last[0], (int) last[1], headerCells[0]);
        return csv;
    }

    long dataRows() {
        return dataRows;
    }

    void rows(Consumer<Row> rows) {
        try (CsvTable table = CsvTable.open(TextLines.of(file, charset), PipesCsvFile.FORMAT)) {
            table.rows(record -> {
                Map<String, String> cells = new HashMap<>();
                columns.forEach((name, index) -> {
                    String cell = record.cell(index);
                    if (cell != null && !cell.isBlank()) {
                        cells.put(name, cell.strip());
                    }
                });
                String id = cells.get("id");
                Long first = id == null ? null : firstLineOfId.get(id);
                rows.accept(new Row(record.line(), cells, first));
            });
        }
    }

    /** A number cell: a decimal comma is read as a point ({@code ;} files from Swedish spreadsheets). */
    static Double number(String cell) {
        if (cell == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(cell.replace(',', '.'));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String cell) {
        if (cell == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
