package se.valedger.app.imports.leaks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import java.time.Clock;
import se.valedger.app.EventLog;
import se.valedger.app.Refusal;
import se.valedger.app.imports.ImportDates;
import se.valedger.kernel.UtilityTime;
import se.valedger.app.imports.BinaryFiles;
import se.valedger.app.imports.CsvTable;
import se.valedger.app.imports.ImportDispatcher;
import se.valedger.app.imports.ImportHandling;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.ImportReport;
import se.valedger.app.imports.ImportRow;
import se.valedger.app.imports.LastRowComplete;
import se.valedger.app.imports.Outcome;
import se.valedger.app.imports.TextLines;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.MalformedFile;

/**
 * Imports historic leak repairs (CSV with the LADWP main-leak columns, see {@link LadwpLeakMapping}) as closed
 * leaks, in parallel chunks. Every data row ends up accepted or rejected ({@code accepted + rejected =
 * rowsRead}); a row already imported before counts as accepted and {@code unchanged}.
 */
@Component
public class LeaksCsvImporter {

    static final String KIND = "leaks-csv";
    /** Comma-separated as LADWP exports it; a cell may hold a line break (a quoted remark). */
    private static final CsvTable.Format FORMAT = new CsvTable.Format(",", false, true);

    private final ImportDispatcher dispatcher;
    private final EventLog eventLog;
    private final Clock clock;

    LeaksCsvImporter(ImportDispatcher dispatcher, EventLog eventLog, Clock clock) {
        this.dispatcher = dispatcher;
        this.eventLog = eventLog;
        this.clock = clock;
    }

    public ImportReport importFile(byte[] content, String source) {
        return importFile(content, source, null, ImportProgress.NONE);
    }

    /**
     * As above, telling the job its progress; when it is cancelled, rows not yet sent are not sent. A row's
     * {@code PIPE_ID}, after {@code pipeIdPrefix}, links the leak to that pipe when the register has it.
     */
    public ImportReport importFile(byte[] content, String source, String pipeIdPrefix, ImportProgress progress) {
        BinaryFiles.refuseIfBinary(content, "a CSV text file (text/csv)");
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            text = new String(content, StandardCharsets.ISO_8859_1);
        }
        CsvTable.Record headerRecord;
        List<CsvTable.Record> records = new ArrayList<>();
        try (CsvTable table = CsvTable.open(TextLines.of(text), FORMAT)) {
            headerRecord = table.header();
            table.rows(records::add);
        } catch (MalformedFile malformed) {
            throw new InvalidInput("file", malformed.getMessage());
        }
        if (headerRecord == null) {
            throw new InvalidInput("file", "the file is empty");
        }
        List<String> header = headerRecord.cells().stream().map(String::strip).toList();
        if (!records.isEmpty()) {
            CsvTable.Record last = records.get(records.size() - 1);
            String cut = LastRowComplete.cutShort(last.line(), last.cells().size(), header.size());
            if (cut != null) {
                throw new InvalidInput("file", cut);
            }
        }
        if (!header.contains("LEAK_ID") || !header.contains("RPT_DATE")) {
            throw new InvalidInput("file", "line " + headerRecord.line()
                    + ": the header must name at least LEAK_ID and RPT_DATE; it has " + header);
        }
        progress.total(records.size());
        ImportDispatcher.Run run = dispatcher.parallel(KIND, HANDLING, progress);
        int thisYear = UtilityTime.thisYear(clock);
        run.report().detail("dates", ImportDates.pivotRule(thisYear));
        Map<String, Long> firstLineOfId = new HashMap<>();
        Map<String, Boolean> registered = new HashMap<>();
        java.util.function.Predicate<String> inRegister = id -> registered.computeIfAbsent(id,
                p -> eventLog.lastPositionOf(p) >= 0);
        run.readAll(submit -> records.forEach(record -> submit.accept(row(record, header, source, firstLineOfId,
                run.report(), thisYear, pipeIdPrefix, inRegister))));
        return run.finish();
    }

    private static ImportRow row(CsvTable.Record record, List<String> header, String source,
                                 Map<String, Long> firstLineOfId, ImportReport report, int thisYear, String pipeIdPrefix,
                                 java.util.function.Predicate<String> inRegister) {
        long line = record.line();
        if (record.cells().size() != header.size()) {
            return ImportRow.refused(line, "row", "the row has " + record.cells().size() + " fields, the header "
                    + header.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.cells().get(i));
        }
        LadwpLeakMapping.Mapped mapped = LadwpLeakMapping.map(source, cells, thisYear, pipeIdPrefix, inRegister);
        if (mapped.command() == null) {
            return ImportRow.refused(line, mapped.rejectField(), mapped.rejectReason());
        }
        Long earlier = firstLineOfId.putIfAbsent(mapped.command().leakId(), line);
        if (earlier != null) {
            return ImportRow.refused(line, "LEAK_ID", "LEAK_ID " + mapped.command().sourceRecordId()
                    + " was already used on line " + earlier);
        }
        mapped.warnings().forEach((field, reason) -> report.warning(line, field, reason));
        return ImportRow.of(line, mapped.command());
    }

    /** A leak is created once: its id made from the source's LEAK_ID existing already means imported before. */
    private static final ImportHandling HANDLING = new ImportHandling() {
        @Override
        public Outcome outcome(Object command, Object result) {
            return Outcome.CREATED;
        }

        @Override
        public Optional<Outcome> alreadyThere(Refusal refusal) {
            return refusal.kind() == Refusal.Kind.ALREADY_EXISTS || refusal.kind() == Refusal.Kind.CONCURRENT_CHANGE
                    ? Optional.of(Outcome.UNCHANGED) : Optional.empty();
        }

        @Override
        public ImportReport.Row describe(ImportRow row, Refusal refusal) {
            return switch (refusal.kind()) {
                case INVALID_FIELD -> new ImportReport.Row(row.line(), refusal.field(), refusal.detail());
                case RULE_VIOLATED -> new ImportReport.Row(row.line(), refusal.rule(), refusal.detail());
                default -> new ImportReport.Row(row.line(), "row", refusal.detail());
            };
        }
    };
}
