package se.valedger.app.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ?dryRun=true} (issue 18): the file is read, checked and mapped exactly as for storing, but no command is
 * sent, so nothing is stored and the event log does not move. The report counts the rows that would be accepted
 * or refused, lists every error and warning, and shows the first {@value #PREVIEW_ROWS} rows as mapped
 * ({@code preview}: line and the commands). Whether a row would create, correct or leave a pipe unchanged is not
 * known without asking the register, so those counts stay 0 and {@code dryRun} says so.
 */
public final class DryRun {

    /** Rows shown mapped. ASSUMED: enough to see a mapping is right at a glance; a constant, not a setting. */
    static final int PREVIEW_ROWS = 10;

    private DryRun() {
    }

    public static ImportReport of(String kind, Consumer<Consumer<ImportRow>> reader) {
        ImportReport report = new ImportReport(kind);
        List<Object> preview = new ArrayList<>();
        reader.accept(row -> {
            report.read(row.rows());
            if (row.refusal() != null) {
                report.rejected(row.rows(), row.refusal());
            } else {
                report.accepted(row.rows());
                if (preview.size() < PREVIEW_ROWS) {
                    preview.add(java.util.Map.of("line", row.line(), "commands", row.commands()));
                }
            }
            row.whenStored().accept(report);
        });
        report.detail("dryRun", "nothing was stored: accepted and rejected are what an import would do with this "
                + "file; created/corrected/unchanged are only known when it is stored");
        report.detail("preview", preview);
        return report;
    }
}
