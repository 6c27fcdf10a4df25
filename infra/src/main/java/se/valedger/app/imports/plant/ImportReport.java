package se.valedger.app.imports.plant;

import java.util.List;

/**
 * The import report of DESIGN.md. For plant measurements {@code rowsRead}, {@code accepted} and
 * {@code rejected} count the file's data rows (hours or days); {@code created}, {@code corrected}
 * and {@code unchanged} count daily measurements.
 */
public record ImportReport(String kind, int rowsRead, int accepted, int rejected, int created, int corrected,
                           int unchanged, List<RowError> errors) {

    public record RowError(int line, String field, String reason) {
    }
}
