package se.valedger.app.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import se.valedger.kernel.MalformedFile;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.ImportPipe;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;

/**
 * A utility's GIS export of pipes, one row each, with a header row naming the columns in English or
 * Swedish (see README, "pipes-csv"). Syntax (quotes, numbers, geometry) is checked for the whole file
 * first; values the register refuses (a negative length, an unknown material) reject only their row.
 */
final class PipesCsvFile {

    static final Set<String> ID = Set.of("id", "pipeid", "ledningsid", "ledningid", "objektid");
    static final Set<String> YEAR = Set.of("installationyear", "year", "anlaggningsar", "laggningsar", "byggar");
    /** Column -> accepted header keys (see {@link Vocabulary#key}). */
    static final Map<String, Set<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("id", ID);
        COLUMNS.put("networkKind", Set.of("networkkind", "network", "ledningstyp", "nattyp", "typ"));
        COLUMNS.put("material", Set.of("material"));
        COLUMNS.put("diameterMm", Set.of("diametermm", "diameter", "dimension", "dim", "dimensionmm"));
        COLUMNS.put("lengthM", Set.of("lengthm", "length", "langd", "langdm"));
        COLUMNS.put("installationYear", YEAR);
        COLUMNS.put("district", Set.of("district", "omrade", "distrikt"));
        COLUMNS.put("consequenceClass", Set.of("consequenceclass", "konsekvensklass"));
        COLUMNS.put("startNode", Set.of("startnode", "fromnode", "frannod", "startnod"));
        COLUMNS.put("endNode", Set.of("endnode", "tonode", "tillnod", "slutnod"));
        COLUMNS.put("geometry", Set.of("geometry", "wkt", "geometri"));
        COLUMNS.put("coordinates", Set.of("coordinates", "koordinater"));
        COLUMNS.put("crs", Set.of("crs", "koordinatsystem", "srid"));
    }

    static final List<String> REQUIRED = List.of("id", "networkKind", "material", "diameterMm", "lengthM",
            "installationYear");

    private final Path file;
    private final Charset charset;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, Long> firstLineOfId = new HashMap<>();
    private int headerCells;
    private long dataRows;
    private boolean decimalComma;
    /** The mapping profile the file is read with, or null (issue 18). */
    private final ImportProfile profile;

    private PipesCsvFile(Path file, Charset charset, ImportProfile profile) {
        this.file = file;
        this.charset = charset;
        this.profile = profile;
    }

    /** Cells are trimmed and, as in a GIS export, never hold a line break. */
    static final CsvTable.Format FORMAT = new CsvTable.Format(",;", true, false);

    public static PipesCsvFile check(Path file, Charset charset, String defaultCrs) {
        return check(file, charset, defaultCrs, null);
    }

    /** As {@link #check(Path, Charset, String)}, the headers, codes and defaults read by {@code profile} (or null). */
    public static PipesCsvFile check(Path file, Charset charset, String defaultCrs, ImportProfile profile) {
        PipesCsvFile csv = new PipesCsvFile(file, charset, profile);
        long[] last = {0, 0};
        try (CsvTable table = CsvTable.open(TextLines.of(file, charset), FORMAT)) {
            if (table.header() == null) {
                throw new MalformedFile(1, "the file is empty; it needs a header row");
            }
            csv.header(table);
            table.rows(record -> {
                Values values = csv.values(record, defaultCrs);
                csv.firstLineOfId.putIfAbsent(values.id, record.line());
                csv.dataRows++;
                last[0] = record.line();
                last[1] = values.cells;
            });
        }
        LastRowComplete.check(last[0], (int) last[1], csv.headerCells);
        return csv;
    }

    /** The number of data rows, known after {@link #check}. */
    public long dataRows() {
        return dataRows;
    }

    public void rows(int defaultInstallationYear, String defaultCrs, String reason, Consumer<ImportRow> rows) {
        try (CsvTable table = CsvTable.open(TextLines.of(file, charset), FORMAT)) {
            table.rows(record -> rows.accept(row(record.line(), values(record, defaultCrs), defaultInstallationYear,
                    reason)));
        }
    }

    private ImportRow row(long number, Values v, int defaultInstallationYear, String reason) {
        // Every reason a row cannot be stored is reported, not only the first (issue 18).
        List<ImportReport.Row> errors = new java.util.ArrayList<>();
        Long first = firstLineOfId.get(v.id);
        if (v.id == null) {
            errors.add(new ImportReport.Row(number, "id", "the row has no pipe id"));
        } else if (first != number) {
            errors.add(new ImportReport.Row(number, "id", "pipe " + v.id + " is listed twice; first on line " + first));
        }
        for (String column : REQUIRED) {
            if (!column.equals("id") && v.raw.get(column) == null && !defaulted(column)) {
                errors.add(new ImportReport.Row(number, column, column + " is required"));
            }
        }
        String kindText = v.raw.get("networkKind") == null && profile != null ? profile.networkKind()
                : v.raw.get("networkKind");
        NetworkKind kind = Vocabulary.networkKind(kindText == null ? "" : kindText);
        if (kind == null && v.raw.get("networkKind") != null) {
            errors.add(new ImportReport.Row(number, "networkKind", "unknown network kind '" + v.raw.get("networkKind")
                    + "'; use dricksvatten/spillvatten/dagvatten/kombinerad or " + List.of(NetworkKind.values())));
        }
        Material material = v.raw.get("material") == null ? null : material(v.raw.get("material"));
        List<ImportReport.Row> warnings = new java.util.ArrayList<>();
        if (material == null && profile != null && profile.unknownMaterialAllowed()) {
            // the profile's explicit choice: UNKNOWN (the register marks it assumed), never silently
            warnings.add(new ImportReport.Row(number, "material", (v.raw.get("material") == null ? "no material"
                    : "material '" + v.raw.get("material") + "' is in no table") + "; imported as UNKNOWN (assumed) by "
                    + "profile " + profile.name() + " (defaultMaterial " + ImportProfile.UNKNOWN_WITH_WARNING + ")"));
        } else if (material == null && v.raw.get("material") != null) {
            errors.add(new ImportReport.Row(number, "material", "unknown material '" + v.raw.get("material") + "'"));
        }
        if (!errors.isEmpty()) {
            return ImportRow.refused(errors);
        }
        ImportRow row = ImportRow.of(number, new ImportPipe(v.id, kind, material, v.diameterMm, v.lengthM,
                v.installationYear, v.raw.get("district"), v.consequenceClass, v.geometry, v.raw.get("startNode"),
                v.raw.get("endNode"), defaultInstallationYear, reason));
        return warnings.isEmpty() ? row
                : row.whenStored(report -> warnings.forEach(w -> report.warning(w.line(), w.field(), w.reason())));
    }

    private Material material(String code) {
        Material mapped = profile == null ? null : profile.material(code);
        return mapped != null ? mapped : Vocabulary.material(code);
    }

    private void header(CsvTable table) {
        decimalComma = table.delimiter() == ';';
        List<String> names = table.header().cells();
        headerCells = names.size();
        java.util.Set<Integer> mapped = new java.util.HashSet<>();
        if (profile != null) {
            for (var column : profile.columns().entrySet()) {
                int index = -1;
                for (int i = 0; i < names.size(); i++) {
                    if (Vocabulary.key(names.get(i)).equals(Vocabulary.key(column.getValue()))) {
                        index = i;
                    }
                }
                if (index < 0) {
                    throw new MalformedFile(1, "line 1: profile " + profile.name() + " maps " + column.getKey()
                            + " to the header '" + column.getValue() + "', which the file does not have; its headers are "
                            + names);
                }
                columns.put(column.getKey(), index);
                mapped.add(index);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String key = Vocabulary.key(names.get(i));
            if (mapped.contains(i)) {
                continue;
            }
            for (var column : COLUMNS.entrySet()) {
                if (profile != null && profile.columns().containsKey(column.getKey())) {
                    continue;
                }
                if (column.getValue().contains(key)) {
                    if (columns.putIfAbsent(column.getKey(), i) != null) {
                        throw new MalformedFile(1, "line 1: two columns mean " + column.getKey());
                    }
                }
            }
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column) && !defaulted(column)) {
                throw new MalformedFile(1, "line 1: no " + column + " column; accepted headers are "
                        + COLUMNS.get(column));
            }
        }
    }

    /** A required column the profile gives a default for (issue 18). */
    private boolean defaulted(String column) {
        return profile != null && switch (column) {
            case "networkKind" -> profile.networkKind() != null;
            case "material" -> profile.unknownMaterialAllowed();
            case "installationYear" -> profile.defaultInstallationYear() != null;
            default -> false;
        };
    }

    private static final class Values {
        String id;
        Integer diameterMm;
        Double lengthM;
        Integer installationYear;
        Integer consequenceClass;
        Geometry geometry;
        int cells;
        final Map<String, String> raw = new HashMap<>();
    }

    private Values values(CsvTable.Record record, String defaultCrs) {
        long number = record.line();
        Values v = new Values();
        v.cells = record.cells().size();
        for (var column : columns.entrySet()) {
            v.raw.put(column.getKey(), record.cell(column.getValue()));
        }
        v.id = v.raw.get("id") == null || profile == null ? v.raw.get("id") : profile.idPrefix() + v.raw.get("id");
        v.lengthM = decimal(number, v.raw.get("lengthM"), "lengthM");
        Double diameter = decimal(number, v.raw.get("diameterMm"), "diameterMm");
        if (profile != null) {
            v.lengthM = v.lengthM == null ? null : v.lengthM * profile.metresPerLengthUnit();
            diameter = diameter == null ? null : diameter * profile.millimetresPerDiameterUnit();
        }
        v.diameterMm = diameter == null ? null : (int) Math.round(diameter);
        v.installationYear = whole(number, v.raw.get("installationYear"), "installationYear");
        v.consequenceClass = whole(number, v.raw.get("consequenceClass"), "consequenceClass");
        String crs = v.raw.get("crs") == null ? defaultCrs : v.raw.get("crs");
        if (v.raw.get("geometry") != null) {
            v.geometry = LineGeometry.wkt(number, v.raw.get("geometry"), crs);
        } else if (v.raw.get("coordinates") != null) {
            v.geometry = LineGeometry.coordinates(number, v.raw.get("coordinates"), crs);
        }
        return v;
    }

    private Double decimal(long line, String text, String column) {
        if (text == null) {
            return null;
        }
        String normal = decimalComma ? text.replace(',', '.') : text;
        try {
            return Double.parseDouble(normal.replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new MalformedFile(line, "line " + line + ": " + column + " '" + text + "' is not a number");
        }
    }

    private static Integer whole(long line, String text, String column) {
        return text == null ? null : (int) wholeNumber(line, text, column, "");
    }

    static long wholeNumber(long line, String text, String column, String where) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new MalformedFile(line, where + "line " + line + ": " + column + " '" + text + "' is not a whole number");
        }
    }
}
