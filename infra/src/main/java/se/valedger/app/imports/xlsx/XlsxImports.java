package se.valedger.app.imports.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.ImportReport;
import se.valedger.app.imports.NetworkImports;
import se.valedger.app.imports.leaks.LeaksCsvImporter;
import se.valedger.kernel.InvalidInput;

/**
 * {@code POST /api/imports/xlsx?kind=pipes|leaks}: a sheet of a workbook read as the CSV of the same kind
 * ({@link XlsxSheet}), so the columns, rules and report are those of {@code pipes-csv} and {@code leaks-csv}; the
 * report's lines are the sheet's row numbers and it names the {@code sheet} it read.
 */
@Component
public class XlsxImports {

    public static final List<String> KINDS = List.of("pipes", "leaks");

    private final NetworkImports network;
    private final LeaksCsvImporter leaks;

    XlsxImports(NetworkImports network, LeaksCsvImporter leaks) {
        this.network = network;
        this.leaks = leaks;
    }

    /** The kind as asked; {@code plant-measurements} is the plant import's (issue 16) and not read here yet. */
    public static void checkKind(String kind) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new InvalidInput("kind", "kind must be one of " + KINDS + (("plant-measurements".equals(kind))
                    ? "; plant measurements are imported as CSV (POST /api/imports/plant-measurements) for now" : "")
                    + ", was '" + kind + "'");
        }
    }

    public ImportReport importWorkbook(Path file, String kind, String sheet, String fileName, Map<String, String> options,
                                       ImportProgress progress) {
        checkKind(kind);
        for (String pipesOnly : java.util.List.of("profile", "dryRun")) {
            if (!kind.equals("pipes") && options.containsKey(pipesOnly)) {
                throw new InvalidInput(pipesOnly, pipesOnly + " is read for kind=pipes only so far (issue 18)");
            }
        }
        XlsxSheet.Converted converted = XlsxSheet.toCsv(file, sheet);
        ImportReport report;
        if (kind.equals("pipes")) {
            Path csv = file.resolveSibling(file.getFileName() + ".csv");
            try {
                Files.write(csv, XlsxSheet.bytes(converted));
                Map<String, String> csvOptions = new HashMap<>(options);
                csvOptions.put("charset", "UTF-8");
                report = network.pipesCsv(csv, fileName, csvOptions, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    Files.deleteIfExists(csv);
                } catch (IOException e) {
                    // the spool directory is cleaned with the job's upload
                }
            }
        } else {
            report = leaks.importFile(XlsxSheet.bytes(converted), options.getOrDefault("source", "LADWP"),
                    options.get("pipeIdPrefix"), progress);
        }
        converted.notes().forEach(n -> report.note(n.line(), n.field(), n.reason()));
        report.detail("format", "xlsx");
        report.detail("sheet", converted.sheet());
        return report;
    }
}
