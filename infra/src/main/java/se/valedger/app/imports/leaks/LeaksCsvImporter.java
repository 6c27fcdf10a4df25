package se.valedger.app.imports.leaks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import se.valedger.app.imports.LastRowComplete;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.reporting.CsvRecords;
import se.valedger.app.imports.reporting.ImportReport;
import se.valedger.app.imports.reporting.ParallelCommands;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;

/**
 * Imports historic leak repairs (CSV with the LADWP main-leak columns, see {@link LadwpLeakMapping}) as closed
 * leaks, four commands at a time. Every data row ends up accepted or rejected ({@code accepted + rejected =
 * rowsRead}); a row already imported before counts as accepted and {@code unchanged}.
 */
@Component
public class LeaksCsvImporter {

    static final String KIND = "leaks-csv";
    static final int THREADS = 4;

    private final CommandGateway commands;

    LeaksCsvImporter(CommandGateway commands) {
        this.commands = commands;
    }

    public Map<String, Object> importFile(byte[] content, String source) {
        return importFile(content, source, ImportProgress.NONE);
    }

    /** As above, telling the job its progress; when it is cancelled, rows not yet sent are not sent. */
    public Map<String, Object> importFile(byte[] content, String source, ImportProgress progress) {
        ImportReport report = new ImportReport(KIND);
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            text = new String(content, StandardCharsets.ISO_8859_1);
        }
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(text, ',');
        } catch (CsvRecords.UnclosedQuote cut) {
            throw new InvalidInput("file", LastRowComplete.unclosedQuote(cut.line()));
        }
        if (records.isEmpty()) {
            throw new InvalidInput("file", "the file is empty");
        }
        List<String> header = records.get(0).fields().stream().map(String::strip).toList();
        CsvRecords.Record last = records.get(records.size() - 1);
        String cut = records.size() == 1 ? null : LastRowComplete.cutShort(last.line(), last.fields().size(), header.size());
        if (cut != null) {
            throw new InvalidInput("file", cut);
        }
        if (!header.contains("LEAK_ID") || !header.contains("RPT_DATE")) {
            throw new InvalidInput("file", "line " + records.get(0).line() + ": the header must name at least LEAK_ID and RPT_DATE; it has " + header);
        }
        Map<String, Long> firstLineOfId = new HashMap<>();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        List<Runnable> tasks = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            report.read();
            long line = record.line();
            if (record.fields().size() != header.size()) {
                report.rejected(line, "row", "the row has " + record.fields().size() + " fields, the header "
                        + header.size());
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.fields().get(i));
            }
            LadwpLeakMapping.Mapped mapped = LadwpLeakMapping.map(source, row);
            if (mapped.command() == null) {
                report.rejected(line, mapped.rejectField(), mapped.rejectReason());
                continue;
            }
            Long earlier = firstLineOfId.putIfAbsent(mapped.command().leakId(), line);
            if (earlier != null) {
                report.rejected(line, "LEAK_ID", "LEAK_ID " + mapped.command().sourceRecordId()
                        + " was already used on line " + earlier);
                continue;
            }
            mapped.warnings().forEach((field, reason) -> report.warning(line, field, reason));
            tasks.add(() -> {
                if (cancelled.get() || progress.cancelRequested()) {
                    cancelled.set(true);
                    report.notSent();
                    return;
                }
                send(mapped, line, report);
                progress.rows(report.acceptedCount() + report.rejectedCount(), report.acceptedCount(), report.rejectedCount());
            });
        }
        progress.total(report.rowsRead());
        ParallelCommands.run(THREADS, tasks);
        progress.rows(report.acceptedCount() + report.rejectedCount(), report.acceptedCount(), report.rejectedCount());
        return report.toBody();
    }

    private void send(LadwpLeakMapping.Mapped mapped, long line, ImportReport report) {
        try {
            commands.sendAndWait(mapped.command());
            report.accepted();
            report.created();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidInput invalid) {
                report.rejected(line, invalid.field(), invalid.reason());
            } else if (cause instanceof RuleViolated rule) {
                report.rejected(line, rule.rule(), rule.reason());
            } else if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                report.accepted();
                report.unchanged();
            } else {
                throw e;
            }
        }
    }
}
