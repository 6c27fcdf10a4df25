package se.valedger.app.imports.en13508;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.valedger.app.EventLog;
import se.valedger.app.Refusal;
import se.valedger.app.imports.ImportDispatcher;
import se.valedger.app.imports.ImportHandling;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.ImportReport;
import se.valedger.app.imports.ImportRow;
import se.valedger.app.imports.Outcome;
import se.valedger.inspection.ConditionGrading;
import se.valedger.inspection.GradingRules;
import se.valedger.inspection.InspectionGrading;
import se.valedger.inspection.Observation;
import se.valedger.kernel.InvalidInput;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.InspectionsAreLoggedOnce;
import se.valedger.pipe.LogInspection;
import se.valedger.pipe.Material;
import se.valedger.pipe.RegisterPipe;

/**
 * Imports an EN 13508-2 file: one {@link LogInspection} with coded observations per inspection (graded by the
 * pipe aggregate), registering missing pipes from the headers when asked. Counts: {@code rowsRead} inspections,
 * {@code accepted} logged now or before ({@code unchanged}), {@code rejected} with the reason, {@code created}
 * pipes registered. Unknown main codes are kept in the inspection and listed under {@code warnings}.
 */
@Component
public class En13508Importer {

    static final String KIND = "en13508";
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd.MM.yyyy"), DateTimeFormatter.BASIC_ISO_DATE);

    private final ImportDispatcher dispatcher;
    private final EventLog eventLog;

    En13508Importer(ImportDispatcher dispatcher, EventLog eventLog) {
        this.dispatcher = dispatcher;
        this.eventLog = eventLog;
    }

    public ImportReport importFile(byte[] content, En13508Options options) {
        return importFile(content, options, ImportProgress.NONE);
    }

    /** As above, telling the job its progress; cancelled, it stops between two inspections. */
    public ImportReport importFile(byte[] content, En13508Options options, ImportProgress progress) {
        En13508File file = En13508Parser.parse(content);
        if (file.inspections().isEmpty()) {
            long line = file.problems().isEmpty() ? 1 : file.problems().get(0).line();
            throw new InvalidInput("file", "line " + line + ": no inspection (a #B01 header block) in the file; it is not"
                    + " EN 13508-2 text, or not in the encoding its #A1 line names");
        }
        ImportDispatcher.Run run = dispatcher.sequential(KIND, HANDLING, progress);
        ImportReport report = run.report();
        file.problems().forEach(p -> report.error(p.line(), p.field(), p.reason()));
        List<Map<String, Object>> graded = new ArrayList<>();
        Set<String> registeredNow = new HashSet<>();
        progress.total(file.inspections().size());
        run.readAll(submit -> file.inspections().forEach(inspection ->
                submit.accept(row(inspection, options, registeredNow, graded))));
        report.detail("ruleTableVersion", GradingRules.VERSION);
        report.detail("inspections", graded);
        return run.finish();
    }

    /**
     * The inspection as a row: its pipe registered first when asked and missing, then its {@link LogInspection}.
     * Built when the row before it is stored (the run is sequential), so "missing" sees the pipes registered so far.
     */
    private ImportRow row(En13508File.Inspection inspection, En13508Options options, Set<String> registeredNow,
                          List<Map<String, Object>> graded) {
        long line = inspection.line();
        if (!inspection.problems().isEmpty()) {
            var first = inspection.problems().get(0);
            return ImportRow.refused(first.line(), first.field(), first.reason() + " (inspection at line " + line
                    + " not imported)");
        }
        Map<String, String> h = inspection.header();
        String reference = pipeReference(h);
        if (reference == null) {
            return ImportRow.refused(line, "AAA", "the header names no pipe (AAA, or AAD and AAF)");
        }
        String pipeId = (options.idPrefix() == null ? "" : options.idPrefix()) + reference;
        LocalDate date = date(h.get("ABF"));
        if (date == null) {
            return ImportRow.refused(line, "ABF", "inspection date '" + h.get("ABF") + "' is missing or not a date");
        }
        String inspectionId = "en13508:" + pipeId + ":" + date + (h.containsKey("ABG") ? "T" + h.get("ABG") : "");
        LogInspection log = new LogInspection(pipeId, inspectionId, date, h.getOrDefault("ABH", ""),
                InspectionMethod.CCTV, null, findings(h, inspection), h.get("ABA"), inspection.observations());
        ImportRow row;
        if (options.registerPipes() && !registeredNow.contains(pipeId) && eventLog.lastPositionOf(pipeId) < 0) {
            try {
                row = ImportRow.of(line, registration(pipeId, inspection, options)).then(log);
            } catch (InvalidInput missing) {
                return ImportRow.refused(line, headerField(missing.field()), missing.reason());
            }
        } else {
            row = ImportRow.of(line, log);
        }
        return row.whenStored(report -> {
            registeredNow.add(pipeId);
            graded.add(summary(line, pipeId, inspectionId, inspection, report));
        });
    }

    /** A pipe registered counts as created; an inspection logged is stored; one logged before is unchanged. */
    private static final ImportHandling HANDLING = new ImportHandling() {
        @Override
        public Outcome outcome(Object command, Object result) {
            return command instanceof RegisterPipe ? Outcome.CREATED : Outcome.STORED;
        }

        @Override
        public Optional<Outcome> alreadyThere(Refusal refusal) {
            return refusal.kind() == Refusal.Kind.RULE_VIOLATED && InspectionsAreLoggedOnce.RULE.equals(refusal.rule())
                    ? Optional.of(Outcome.UNCHANGED) : Optional.empty();
        }

        @Override
        public ImportReport.Row describe(ImportRow row, Refusal refusal) {
            long line = row.line();
            return switch (refusal.kind()) {
                case NOT_FOUND -> new ImportReport.Row(line, "AAA", "pipe " + pipeOf(row)
                        + " is not registered; import with registerPipes=true to register it");
                case INVALID_FIELD -> new ImportReport.Row(line, headerField(refusal.field()), refusal.detail());
                case RULE_VIOLATED -> new ImportReport.Row(line, refusal.rule(), refusal.detail());
                default -> new ImportReport.Row(line, "AAA", refusal.detail());
            };
        }

        private static String pipeOf(ImportRow row) {
            return ((LogInspection) row.commands().get(row.commands().size() - 1)).pipeId();
        }
    };

    private Map<String, Object> summary(long line, String pipeId, String inspectionId, En13508File.Inspection inspection,
                                        ImportReport report) {
        InspectionGrading grading = ConditionGrading.grade(inspection.observations());
        for (int i = 0; i < inspection.observations().size(); i++) {
            Observation o = inspection.observations().get(i);
            if (grading.unknownCodes().contains(o.code())) {
                report.warning(inspection.observationLines().get(i), "A", "unknown main code " + o.code()
                        + ": kept with the inspection, not graded");
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", line);
        row.put("pipeId", pipeId);
        row.put("inspectionId", inspectionId);
        row.put("observations", inspection.observations().size());
        row.put("structuralGrade", grading.structuralGrade());
        row.put("operationalGrade", grading.operationalGrade());
        row.put("structuralDecidedBy", grading.structuralDecidedBy());
        row.put("operationalDecidedBy", grading.operationalDecidedBy());
        row.put("closedByZ", inspection.closed());
        return row;
    }

    private RegisterPipe registration(String pipeId, En13508File.Inspection inspection, En13508Options options) {
        Map<String, String> h = inspection.header();
        Integer year = integer(h.get("ACN"));
        if (year == null) {
            year = options.defaultInstallationYear();
        }
        if (year == null) {
            throw new InvalidInput("ACN", "the header has no year of construction (ACN); give defaultInstallationYear");
        }
        Integer diameter = integer(h.get("ACC"));
        if (diameter == null) {
            diameter = integer(h.get("ACB"));
        }
        Double length = decimal(h.get("ABQ"));
        if (length == null || length <= 0) {
            length = inspection.observations().stream().map(Observation::distanceM).filter(d -> d != null)
                    .max(Double::compare).orElse(null);
        }
        String district = h.getOrDefault("AAO", h.get("AAN"));
        return new RegisterPipe(pipeId, options.networkKind(), material(h.get("ACD")), diameter, length, year,
                district, null, null, h.getOrDefault("AAD", h.get("AAB")), h.get("AAF"));
    }

    static String pipeReference(Map<String, String> h) {
        if (h.get("AAA") != null) {
            return h.get("AAA");
        }
        String from = h.getOrDefault("AAD", h.get("AAB"));
        return from != null && h.get("AAF") != null ? from + "-" + h.get("AAF") : null;
    }

    /** EN 13508-2 table C.4 material codes (and the two-letter codes of {@link Material}). */
    static Material material(String code) {
        if (code == null) {
            return Material.UNKNOWN;
        }
        return switch (code.strip().toUpperCase()) {
            case "AA" -> Material.ASBESTOS_CEMENT;
            case "AE" -> Material.VITRIFIED_CLAY;
            case "AG", "AI", "AJ" -> Material.CONCRETE;
            case "AH" -> Material.REINFORCED_CONCRETE;
            case "AM", "AN" -> Material.GREY_CAST_IRON;
            case "AO" -> Material.DUCTILE_IRON;
            case "AP" -> Material.STEEL;
            case "AL" -> Material.GRP;
            case "AV" -> Material.PE;
            case "AW" -> Material.PP;
            case "AX" -> Material.PVC;
            default -> Material.fromEn13508Code(code.strip()).orElse(Material.UNKNOWN);
        };
    }

    private static String findings(Map<String, String> h, En13508File.Inspection inspection) {
        StringBuilder text = new StringBuilder("EN 13508-2 import");
        if (h.containsKey("AAK")) {
            text.append(", direction ").append(h.get("AAK"));
        }
        if (!inspection.closed()) {
            text.append(", block not closed by #Z");
        }
        return text.toString();
    }

    private static String headerField(String commandField) {
        return switch (commandField) {
            case "inspector" -> "ABH";
            case "date" -> "ABF";
            case "diameterMm" -> "ACC";
            case "lengthM" -> "ABQ";
            case "installationYear" -> "ACN";
            case "id" -> "AAA";
            default -> commandField;
        };
    }

    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.strip(), format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    private static Integer integer(String value) {
        Double d = decimal(value);
        return d == null ? null : (int) Math.round(d);
    }

    private static Double decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
