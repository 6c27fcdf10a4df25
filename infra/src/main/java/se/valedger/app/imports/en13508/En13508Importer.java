package se.valedger.app.imports.en13508;

import java.time.LocalDate;
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
import se.valedger.app.imports.BinaryFiles;
import se.valedger.app.imports.ImportDispatcher;
import se.valedger.app.imports.ImportHandling;
import se.valedger.app.imports.ImportProgress;
import se.valedger.app.imports.ImportReport;
import se.valedger.app.pipe.RegisterLookup;
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
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeSummary;
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

    private final ImportDispatcher dispatcher;
    private final EventLog eventLog;
    private final RegisterLookup register;
    private final En13508Settings settings;

    private final java.time.Clock clock;

    En13508Importer(ImportDispatcher dispatcher, EventLog eventLog, RegisterLookup register, En13508Settings settings,
                    java.time.Clock clock) {
        this.clock = clock;
        this.dispatcher = dispatcher;
        this.eventLog = eventLog;
        this.register = register;
        this.settings = settings;
    }

    public ImportReport importFile(byte[] content, En13508Options options) {
        return importFile(content, options, ImportProgress.NONE);
    }

    /** As above, telling the job its progress; cancelled, it stops between two inspections. */
    public ImportReport importFile(byte[] content, En13508Options options, ImportProgress progress) {
        BinaryFiles.refuseIfBinary(content, "an EN 13508-2 text file (text/plain)");
        En13508File file = En13508Parser.parse(content);
        if (options.materialCodes() != null && !En13508Materials.TABLES.contains(options.materialCodes())) {
            throw new InvalidInput("materialCodes", "material code table '" + options.materialCodes() + "' is none of "
                    + En13508Materials.TABLES);
        }
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
        Set<String> formerIdsSeen = new HashSet<>();
        String languageTable = En13508Materials.tableOfLanguage(file.language());
        progress.total(file.inspections().size());
        run.readAll(submit -> file.inspections().forEach(inspection ->
                submit.accept(row(inspection, options, registeredNow, formerIdsSeen, languageTable, report, graded))));
        report.detail("ruleTableVersion", GradingRules.VERSION);
        report.detail("inspections", graded);
        return run.finish();
    }

    /**
     * The inspection as a row: its pipe registered first when asked and missing, then its {@link LogInspection}.
     * Built when the row before it is stored (the run is sequential), so "missing" sees the pipes registered so far.
     */
    private ImportRow row(En13508File.Inspection inspection, En13508Options options, Set<String> registeredNow,
                          Set<String> formerIdsSeen, String languageTable, ImportReport report,
                          List<Map<String, Object>> graded) {
        long line = inspection.line();
        if (!inspection.problems().isEmpty()) {
            // Every problem of the inspection is reported, not only the first; the row counts once as rejected.
            var problems = inspection.problems();
            for (int i = 1; i < problems.size(); i++) {
                report.error(problems.get(i).line(), problems.get(i).field(), problems.get(i).reason()
                        + " (inspection at line " + line + " not imported)");
            }
            var first = problems.get(0);
            return ImportRow.refused(first.line(), first.field(), first.reason() + " (inspection at line " + line
                    + " not imported)");
        }
        Map<String, String> h = inspection.header();
        String reference = pipeReference(h);
        if (reference == null) {
            return ImportRow.refused(line, "AAA", "the header names no pipe (AAA, or AAD and AAF)");
        }
        String pipeId = (options.idPrefix() == null ? "" : options.idPrefix()) + reference;
        LocalDate date = date(h.get("ABF"), se.valedger.kernel.UtilityTime.thisYear(clock));
        if (date == null) {
            return ImportRow.refused(line, "ABF", "inspection date '" + h.get("ABF") + "' is missing or not a date");
        }
        String formerId = formerInspectionId(pipeId, date, h);
        String inspectionId = inspectionId(pipeId, date, h);
        // Before issue 18 an inspection was known by pipe, date and time alone, so of two runs sharing them only the
        // first in the file was stored: that one may be stored under the former id, the others never were.
        List<String> formerIds = formerIdsSeen.add(formerId) ? List.of(formerId) : List.of();
        LogInspection log = new LogInspection(pipeId, inspectionId, date, h.getOrDefault("ABH", ""),
                InspectionMethod.CCTV, null, findings(h, inspection), h.get("ABA"), inspection.observations(), formerIds);
        List<ImportReport.Row> remarks = new ArrayList<>();
        inspection.warnings().forEach(w -> remarks.add(new ImportReport.Row(w.line(), w.field(), w.reason())));
        List<ImportReport.Row> notes = new ArrayList<>();
        ImportRow row;
        boolean registering = options.registerPipes() && !registeredNow.contains(pipeId)
                && eventLog.lastPositionOf(pipeId) < 0;
        if (registering) {
            try {
                row = ImportRow.of(line, registration(pipeId, inspection, options, languageTable, remarks, notes)).then(log);
            } catch (InvalidInput missing) {
                return ImportRow.refused(line, headerField(missing.field()), missing.reason());
            }
        } else {
            if (!registeredNow.contains(pipeId)) {
                compareWithRegister(pipeId, inspection, remarks);
            }
            row = ImportRow.of(line, log);
        }
        return row.whenStored(stored -> {
            if (registering) {
                registeredNow.add(pipeId);
            }
            remarks.forEach(r -> stored.warning(r.line(), r.field(), r.reason()));
            notes.forEach(r -> stored.note(r.line(), r.field(), r.reason()));
            graded.add(summary(line, pipeId, inspectionId, inspection, stored));
        });
    }

    /**
     * An inspection's identity (issue 18): the pipe, date and time, and what tells two runs of one pipe at one time
     * apart: the direction ({@code AAK}), the survey's numbers ({@code ABI} inspector's and {@code ABJ} employer's
     * job reference) and the start node ({@code AAB}). The same file imported again gives the same ids.
     */
    static String inspectionId(String pipeId, LocalDate date, Map<String, String> h) {
        StringBuilder id = new StringBuilder(formerInspectionId(pipeId, date, h));
        for (String code : IDENTITY_CODES) {
            if (h.get(code) != null) {
                id.append('/').append(code).append('=').append(h.get(code));
            }
        }
        return id.toString();
    }

    /** The header codes besides pipe, date and time that make an inspection's identity, in the order of its id. */
    static final List<String> IDENTITY_CODES = List.of("AAK", "ABI", "ABJ", "AAB");

    /** The id issue 18 replaced: pipe, date and time only. */
    static String formerInspectionId(String pipeId, LocalDate date, Map<String, String> h) {
        return "en13508:" + pipeId + ":" + date + (h.containsKey("ABG") ? "T" + h.get("ABG") : "");
    }

    /**
     * For a pipe registered before: a header whose {@code ABQ} differs from the register's length by more than
     * {@code valedger.imports.en13508.length-tolerance-percent}, or whose {@code ACK} names another network, is
     * a warning (the inspection is logged; the register is not changed by an inspection).
     */
    private void compareWithRegister(String pipeId, En13508File.Inspection inspection, List<ImportReport.Row> remarks) {
        Map<String, String> h = inspection.header();
        Double abq = decimal(h.get("ABQ"));
        NetworkKind ack = En13508Codes.networkKind(h.get("ACK")).orElse(null);
        if ((abq == null || abq <= 0) && ack == null) {
            return;
        }
        Optional<PipeSummary> pipe = register.find(pipeId);
        if (pipe.isEmpty()) {
            return;
        }
        double registered = pipe.get().lengthM();
        if (abq != null && abq > 0 && registered > 0) {
            double percent = Math.abs(abq - registered) / registered * 100;
            if (percent > settings.lengthTolerancePercent()) {
                remarks.add(new ImportReport.Row(inspection.line(), "ABQ", String.format(java.util.Locale.ROOT,
                        "inspection length %s m differs from the register's %s m of %s by %.0f %% (more than %s %%,"
                                + " valedger.imports.en13508.length-tolerance-percent, ASSUMED)", h.get("ABQ"),
                        registered, pipeId, percent, settings.lengthTolerancePercent())));
            }
        }
        if (ack != null && ack != pipe.get().networkKind()) {
            remarks.add(new ImportReport.Row(inspection.line(), "ACK", "the header's use of sewer " + h.get("ACK") + " ("
                    + ack + ") differs from the register's " + pipe.get().networkKind() + " for " + pipeId
                    + "; the register is unchanged"));
        }
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
        row.put("direction", En13508Codes.direction(inspection.header().get("AAK")));
        row.put("directionCode", inspection.header().get("AAK"));
        row.put("startNode", inspection.header().get("AAB"));
        row.put("survey", inspection.header().getOrDefault("ABI", inspection.header().get("ABJ")));
        row.put("observations", inspection.observations().size());
        row.put("structuralGrade", grading.structuralGrade());
        row.put("operationalGrade", grading.operationalGrade());
        row.put("structuralDecidedBy", grading.structuralDecidedBy());
        row.put("operationalDecidedBy", grading.operationalDecidedBy());
        row.put("closedByZ", inspection.closed());
        return row;
    }

    private RegisterPipe registration(String pipeId, En13508File.Inspection inspection, En13508Options options,
                                      String languageTable, List<ImportReport.Row> remarks, List<ImportReport.Row> notes) {
        Map<String, String> h = inspection.header();
        long line = inspection.line();
        List<String> assumed = new ArrayList<>();
        Integer year = integer(h.get("ACN"));
        if (year == null) {
            year = options.defaultInstallationYear();
            if (year != null) {
                assumed.add("installationYear");
                notes.add(new ImportReport.Row(line, "ACN", "no year of construction: installationYear " + year
                        + " from defaultInstallationYear, ASSUMED (marked assumed on the pipe)"));
            }
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
        NetworkKind kind = networkKind(h, options, line, remarks, notes);
        Material material = material(h.get("ACD"), options.materialCodes(), languageTable, line, remarks, notes);
        if (material == Material.UNKNOWN && !unidentifiedByTheFile(h.get("ACD"), options.materialCodes(), languageTable)) {
            assumed.add("material");
        }
        return new RegisterPipe(pipeId, kind, material, diameter, length, year,
                district, null, null, h.getOrDefault("AAD", h.get("AAB")), h.get("AAF"), assumed);
    }

    /** The network kind: the header's {@code ACK} when it says one, else the parameter (WASTEWATER, ASSUMED). */
    private static NetworkKind networkKind(Map<String, String> h, En13508Options options, long line,
                                           List<ImportReport.Row> remarks, List<ImportReport.Row> notes) {
        NetworkKind fallback = options.networkKind() == null ? NetworkKind.WASTEWATER : options.networkKind();
        String ack = h.get("ACK");
        if (ack == null) {
            notes.add(new ImportReport.Row(line, "ACK", "no use of sewer (ACK): networkKind " + fallback
                    + (options.networkKind() == null ? " (ASSUMED; the parameter networkKind sets it)" : " from the parameter")));
            return fallback;
        }
        Optional<NetworkKind> kind = En13508Codes.networkKind(ack);
        if (kind.isEmpty()) {
            remarks.add(new ImportReport.Row(line, "ACK", "use of sewer '" + ack + "' is none of "
                    + En13508Codes.SEWER_USES + ": networkKind " + fallback + " from the parameter"
                    + (options.networkKind() == null ? " (default, ASSUMED)" : "")));
            return fallback;
        }
        if (options.networkKind() != null && options.networkKind() != kind.get()) {
            remarks.add(new ImportReport.Row(line, "ACK", "use of sewer " + ack + " means " + kind.get()
                    + ", not the parameter's " + options.networkKind() + ": the header's is taken"));
        }
        return kind.get();
    }

    /**
     * The register's material for an {@code ACD} code ({@link En13508Materials}). A code in no table, or whose
     * meaning has no material of ours, is UNKNOWN with a warning naming the code; no code at all is UNKNOWN too.
     */
    private Material material(String code, String named, String languageTable, long line, List<ImportReport.Row> remarks,
                              List<ImportReport.Row> notes) {
        if (code == null || code.isBlank()) {
            notes.add(new ImportReport.Row(line, "ACD", "no material (ACD): registered as UNKNOWN, marked assumed"));
            return Material.UNKNOWN;
        }
        Optional<En13508Materials.Meaning> meaning = En13508Materials.lookUp(code, named, languageTable,
                settings.materialCodes());
        if (meaning.isEmpty()) {
            remarks.add(new ImportReport.Row(line, "ACD", "material code '" + code.strip() + "' is in none of the tables "
                    + tablesTried(named, languageTable) + ": registered as UNKNOWN, marked assumed (name the table with"
                    + " materialCodes=SE|DE|DK or add it with valedger.imports.en13508.material-codes)"));
            return Material.UNKNOWN;
        }
        En13508Materials.Meaning m = meaning.get();
        if (m.material().isEmpty()) {
            remarks.add(new ImportReport.Row(line, "ACD", "material code '" + code.strip() + "' (" + m.meaning() + ", table "
                    + m.table() + ") has no material in the register: registered as UNKNOWN, marked assumed"));
            return Material.UNKNOWN;
        }
        return m.material().get();
    }

    /** The file itself says the material is not identified (EN 13508-2 AZ): UNKNOWN is then the file's fact. */
    private boolean unidentifiedByTheFile(String code, String named, String languageTable) {
        return En13508Materials.lookUp(code, named, languageTable, settings.materialCodes())
                .flatMap(En13508Materials.Meaning::material).filter(m -> m == Material.UNKNOWN).isPresent();
    }

    private static String tablesTried(String named, String languageTable) {
        List<String> tables = new ArrayList<>();
        if (named != null) {
            tables.add(named);
        }
        tables.add("EN 13508-2 C.4");
        if (languageTable != null && !languageTable.equals(named)) {
            tables.add(languageTable + " (the file's #A2)");
        }
        return String.join(", ", tables);
    }

    static String pipeReference(Map<String, String> h) {
        if (h.get("AAA") != null) {
            return h.get("AAA");
        }
        String from = h.getOrDefault("AAD", h.get("AAB"));
        return from != null && h.get("AAF") != null ? from + "-" + h.get("AAF") : null;
    }

    private static String findings(Map<String, String> h, En13508File.Inspection inspection) {
        StringBuilder text = new StringBuilder("EN 13508-2 import");
        if (h.containsKey("AAK")) {
            text.append(", direction ").append(h.get("AAK")).append(" (").append(En13508Codes.direction(h.get("AAK")))
                    .append(")");
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

    /** {@code ABF} in the forms {@link se.valedger.app.imports.ImportDates} reads, two-digit years with its pivot. */
    static LocalDate date(String value, int thisYear) {
        return se.valedger.app.imports.ImportDates.parse(value, thisYear).map(se.valedger.app.imports.ImportDates.Read::date)
                .orElse(null);
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
