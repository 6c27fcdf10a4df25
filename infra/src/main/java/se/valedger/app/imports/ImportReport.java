package se.valedger.app.imports;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, the one report shape every {@code POST /api/imports/{kind}} answers (DESIGN.md): counts,
 * the rows refused ({@code errors}), the rows taken with a remark ({@code warnings}), what was converted or
 * defaulted on a row ({@code notes}), each naming its line and field, then what the importer adds of its own
 * ({@code details}, e.g. EN 13508's graded inspections). {@code accepted + rejected = rowsRead}. Thread-safe:
 * the dispatcher's threads fill it.
 */
public final class ImportReport {

    /** One remark on one line of the file: refused, warned about or noted. */
    public record Row(long line, String field, String reason) {
    }

    private final String kind;
    private long rowsRead;
    private long accepted;
    private long rejected;
    private long created;
    private long corrected;
    private long unchanged;
    private final List<Row> errors = new ArrayList<>();
    private final List<Row> warnings = new ArrayList<>();
    private final List<Row> notes = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    public ImportReport(String kind) {
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }

    /** Rows read from the file (a plant's day stands for the hours it sums). */
    synchronized void read(long rows) {
        rowsRead += rows;
    }

    synchronized void accepted(long rows) {
        accepted += rows;
    }

    synchronized void rejected(long rows, Row error) {
        rejected += rows;
        errors.add(error);
    }

    synchronized void rejected(long rows, List<Row> rowErrors) {
        rejected += rows;
        errors.addAll(rowErrors);
    }

    synchronized void count(Outcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case CORRECTED -> corrected++;
            case UNCHANGED -> unchanged++;
            case STORED -> {
            }
        }
    }

    /** A problem outside any counted row (a malformed block between two inspections). */
    public synchronized void error(long line, String field, String reason) {
        errors.add(new Row(line, field, reason));
    }

    public synchronized void warning(long line, String field, String reason) {
        warnings.add(new Row(line, field, reason));
    }

    /** A value converted or defaulted on an accepted row, so the reader knows it is not the file's own. */
    public synchronized void note(long line, String field, String reason) {
        notes.add(new Row(line, field, reason));
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

    /** The answer's JSON: every field named above, lists in line order. */
    @JsonValue
    public synchronized Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("rowsRead", rowsRead);
        body.put("accepted", accepted);
        body.put("rejected", rejected);
        body.put("created", created);
        body.put("corrected", corrected);
        body.put("unchanged", unchanged);
        body.put("errors", sorted(errors));
        body.put("warnings", sorted(warnings));
        body.put("notes", sorted(notes));
        body.putAll(details);
        return body;
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparingLong(Row::line));
        return copy;
    }
}
