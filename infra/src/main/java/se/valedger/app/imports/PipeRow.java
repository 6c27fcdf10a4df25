package se.valedger.app.imports;

import se.valedger.pipe.ImportPipe;

/** One data row of a file: the command it asks for, or why it cannot be one. */
public record PipeRow(long line, ImportPipe command, ImportReport.RowError error) {

    static PipeRow of(long line, ImportPipe command) {
        return new PipeRow(line, command, null);
    }

    static PipeRow refused(long line, String field, String reason) {
        return new PipeRow(line, null, new ImportReport.RowError(line, field, reason));
    }
}
