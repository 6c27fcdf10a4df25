package se.valedger.app.imports;

import se.valedger.app.Refusal;
import se.valedger.pipe.ImportOutcome;

/** How the pipe register's imports (EPANET, pipes CSV) count: the register answers created, corrected or unchanged. */
final class PipeImportHandling implements ImportHandling {

    public static final PipeImportHandling INSTANCE = new PipeImportHandling();

    private PipeImportHandling() {
    }

    @Override
    public Outcome outcome(Object command, Object result) {
        return switch ((ImportOutcome) result) {
            case CREATED -> Outcome.CREATED;
            case CORRECTED -> Outcome.CORRECTED;
            case UNCHANGED -> Outcome.UNCHANGED;
        };
    }

    @Override
    public ImportReport.Row describe(ImportRow row, Refusal refusal) {
        return switch (refusal.kind()) {
            case INVALID_FIELD -> new ImportReport.Row(row.line(), refusal.field(), refusal.detail());
            case RULE_VIOLATED -> new ImportReport.Row(row.line(), "id", refusal.detail() + " (rule " + refusal.rule() + ")");
            default -> new ImportReport.Row(row.line(), "id", "the row could not be stored: " + refusal.detail());
        };
    }
}
