package se.valedger.app.imports.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one report shape every import answers (DESIGN.md): counts, then the rows that were refused
 * ({@code errors}) and rows taken with a remark ({@code warnings}), each naming its line and field.
 * Thread-safe, so parallel importers can fill it.
 */
public final class ImportReport {

    public record Row(long line, String field, String reason) {
    }

    private final String kind;
    private long rowsRead;
    private long accepted;
    private long rejected;
    private long created;
    private long unchanged;
    private final List<Row> errors = new ArrayList<>();
    private final List<Row> warnings = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    public ImportReport(String kind) {
        this.kind = kind;
    }

    public synchronized void read() {
        rowsRead++;
    }

    /** A row read but not sent, because its import was cancelled: it counts neither as accepted nor rejected. */
    public synchronized void notSent() {
        rowsRead--;
    }

    public synchronized void accepted() {
        accepted++;
    }

    public synchronized void created() {
        created++;
    }

    public synchronized void unchanged() {
        unchanged++;
    }

    public synchronized void rejected(long line, String field, String reason) {
        rejected++;
        errors.add(new Row(line, field, reason));
    }

    /** A problem outside any counted row (a malformed file-level line). */
    public synchronized void error(long line, String field, String reason) {
        errors.add(new Row(line, field, reason));
    }

    public synchronized void warning(long line, String field, String reason) {
        warnings.add(new Row(line, field, reason));
    }

    public synchronized void detail(String key, Object value) {
        details.put(key, value);
    }

    public synchronized long rowsRead() {
        return rowsRead;
    }

    public synchronized long acceptedCount() {
        return accepted;
    }

    public synchronized long rejectedCount() {
        return rejected;
    }

    public synchronized Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("rowsRead", rowsRead);
        body.put("accepted", accepted);
        body.put("rejected", rejected);
        body.put("created", created);
        body.put("corrected", 0L); // the shape every import answers; these imports never correct a record
        body.put("unchanged", unchanged);
        body.put("errors", sorted(errors));
        body.put("warnings", sorted(warnings));
        body.putAll(details);
        return body;
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparingLong(Row::line));
        return copy;
    }
}
