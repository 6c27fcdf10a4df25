package se.valedger.app.imports;

import java.util.List;

/** What an import did, row by row counted; the one report shape of every {@code POST /api/imports/{kind}}. */
public record ImportReport(String kind, long rowsRead, long accepted, long rejected, long created, long corrected,
                           long unchanged, List<RowError> errors) {

    /** A row that was read but refused, with the file's line number and the field at fault. */
    public record RowError(long line, String field, String reason) {
    }
}
