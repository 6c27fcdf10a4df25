package se.valedger.app.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import se.valedger.kernel.MalformedFile;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.ImportPipe;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.Point;

/**
 * An EPA SWMM 5 input file ({@code .inp}, SWMM 5 user's manual, appendix D "Input file format"): its conduits as
 * sewer pipes. {@code [CONDUITS]} name, from node, to node, length; {@code [XSECTIONS]} the shape and Geom1 (a
 * circular conduit's diameter; for other shapes the full height, taken as the diameter and noted); node positions
 * from {@code [COORDINATES]}, bends from {@code [VERTICES]}. Units from {@code [OPTIONS] FLOW_UNITS}: CFS, GPM, MGD
 * mean feet (x 0.3048 m), CMS, LPS, MLD metres. Junctions, outfalls and storage are nodes, which the register does
 * not hold yet (issue 20): the conduits keep their node names. Every other SWMM section is read past;
 * {@code [TITLE]} lines are free text.
 */
final class SwmmFile {

    static final Set<String> SECTIONS = Set.of("TITLE", "OPTIONS", "REPORT", "FILES", "RAINGAGES", "EVAPORATION",
            "TEMPERATURE", "ADJUSTMENTS", "SUBCATCHMENTS", "SUBAREAS", "INFILTRATION", "LID_CONTROLS", "LID_USAGE",
            "AQUIFERS", "GROUNDWATER", "GWF", "SNOWPACKS", "JUNCTIONS", "OUTFALLS", "DIVIDERS", "STORAGE", "CONDUITS",
            "PUMPS", "ORIFICES", "WEIRS", "OUTLETS", "XSECTIONS", "TRANSECTS", "STREETS", "INLETS", "INLET_USAGE",
            "LOSSES", "CONTROLS", "POLLUTANTS", "LANDUSES", "COVERAGES", "LOADINGS", "BUILDUP", "WASHOFF",
            "TREATMENT", "INFLOWS", "DWF", "RDII", "HYDROGRAPHS", "CURVES", "TIMESERIES", "PATTERNS", "MAP",
            "COORDINATES", "VERTICES", "POLYGONS", "SYMBOLS", "LABELS", "BACKDROP", "PROFILES", "TAGS", "EVENTS");
    static final Set<String> US_FLOW_UNITS = Set.of("CFS", "GPM", "MGD");
    static final Set<String> SI_FLOW_UNITS = Set.of("CMS", "LPS", "MLD");

    record Conduit(long line, String name, String from, String to, double length) {
    }

    record Section(String shape, double geom1) {
    }

    private final Map<String, Conduit> conduits = new LinkedHashMap<>();
    private final List<ImportRow> duplicates = new ArrayList<>();
    private final Map<String, Section> sections = new HashMap<>();
    private final Map<String, Point> nodes = new HashMap<>();
    private final Map<String, List<Point>> vertices = new HashMap<>();
    private boolean usUnits = true;

    private SwmmFile() {
    }

    static SwmmFile read(Path file, Charset charset) {
        SwmmFile swmm = new SwmmFile();
        String[] section = {null};
        TextLines.forEach(file, charset, (number, text) -> {
            String data = stripComment(text);
            if (data.isEmpty()) {
                return;
            }
            if (data.startsWith("[")) {
                int close = data.indexOf(']');
                String name = close < 0 ? "" : data.substring(1, close).trim().toUpperCase(Locale.ROOT);
                if (!SECTIONS.contains(name)) {
                    throw new MalformedFile(number, "line " + number + ": unknown section " + data
                            + "; this is not an EPA SWMM 5 input file");
                }
                section[0] = name;
                return;
            }
            if (section[0] == null) {
                throw new MalformedFile(number, "line " + number + " comes before any [SECTION]; this is not a SWMM .inp file");
            }
            String[] f = data.split("\\s+");
            switch (section[0]) {
                case "OPTIONS" -> {
                    if (f[0].equalsIgnoreCase("FLOW_UNITS") && f.length > 1) {
                        String units = f[1].toUpperCase(Locale.ROOT);
                        if (US_FLOW_UNITS.contains(units)) {
                            swmm.usUnits = true;
                        } else if (SI_FLOW_UNITS.contains(units)) {
                            swmm.usUnits = false;
                        } else {
                            throw new MalformedFile(number, "line " + number + ": unknown FLOW_UNITS '" + f[1] + "'; SWMM knows "
                                    + US_FLOW_UNITS + " (feet) and " + SI_FLOW_UNITS + " (metres)");
                        }
                    }
                }
                case "CONDUITS" -> {
                    need(number, f, 4, "a [CONDUITS] row needs name, from node, to node and length");
                    Conduit conduit = new Conduit(number, f[0], f[1], f[2], EpanetFile.number(number, f[3], "length"));
                    Conduit earlier = swmm.conduits.putIfAbsent(f[0], conduit);
                    if (earlier != null) {
                        swmm.duplicates.add(ImportRow.refused(number, "name", "conduit " + f[0]
                                + " is listed twice; first on line " + earlier.line()));
                    }
                }
                case "XSECTIONS" -> {
                    need(number, f, 3, "an [XSECTIONS] row needs link, shape and Geom1");
                    swmm.sections.putIfAbsent(f[0], new Section(f[1].toUpperCase(Locale.ROOT),
                            f[1].equalsIgnoreCase("IRREGULAR") ? Double.NaN
                                    : EpanetFile.number(number, f[2], "Geom1")));
                }
                case "COORDINATES" -> {
                    need(number, f, 3, "a [COORDINATES] row needs node, x and y");
                    swmm.nodes.put(f[0], new Point(EpanetFile.number(number, f[1], "x"), EpanetFile.number(number, f[2], "y")));
                }
                case "VERTICES" -> {
                    need(number, f, 3, "a [VERTICES] row needs link, x and y");
                    swmm.vertices.computeIfAbsent(f[0], k -> new ArrayList<>())
                            .add(new Point(EpanetFile.number(number, f[1], "x"), EpanetFile.number(number, f[2], "y")));
                }
                default -> {
                    // not needed for the register
                }
            }
        });
        if (swmm.conduits.isEmpty()) {
            throw new MalformedFile(1, "the file has no conduits in a [CONDUITS] section");
        }
        return swmm;
    }

    int conduits() {
        return conduits.size();
    }

    void rows(String idPrefix, NetworkKind kind, String crs, int defaultYear, String reason, Consumer<ImportRow> rows) {
        duplicates.forEach(rows);
        for (Conduit c : conduits.values()) {
            Section section = sections.get(c.name());
            if (section == null || Double.isNaN(section.geom1())) {
                rows.accept(ImportRow.refused(c.line(), "XSECTIONS", "conduit " + c.name() + " has "
                        + (section == null ? "no [XSECTIONS] row" : "a " + section.shape() + " section without a size")
                        + ": its size is unknown"));
                continue;
            }
            double lengthM = usUnits ? c.length() * EpanetFile.METRES_PER_FOOT : c.length();
            int diameterMm = (int) Math.round(section.geom1() * (usUnits ? 304.8 : 1000));
            ImportRow row = ImportRow.of(c.line(), new ImportPipe(idPrefix + c.name(), kind, null, diameterMm, lengthM,
                    null, null, null, geometry(c, crs), c.from(), c.to(), defaultYear, reason));
            boolean circular = section.shape().equals("CIRCULAR") || section.shape().equals("FORCE_MAIN");
            rows.accept(row.whenStored(report -> {
                if (!circular) {
                    report.note(c.line(), "diameterMm", "a " + section.shape() + " section: its height Geom1 is taken as"
                            + " the diameter");
                }
                report.note(c.line(), "material", "SWMM has no material: a new pipe is UNKNOWN, marked assumed");
                report.note(c.line(), "installationYear", "SWMM has no installation year: a new pipe gets " + defaultYear
                        + " (defaultInstallationYear), marked assumed");
            }));
        }
    }

    private Geometry geometry(Conduit c, String crs) {
        Point start = nodes.get(c.from());
        Point end = nodes.get(c.to());
        if (start == null || end == null) {
            return null;
        }
        List<Point> line = new ArrayList<>();
        line.add(start);
        line.addAll(vertices.getOrDefault(c.name(), List.of()));
        line.add(end);
        return new Geometry(crs, line);
    }

    private static void need(long number, String[] fields, int count, String what) {
        if (fields.length < count) {
            throw new MalformedFile(number, "line " + number + ": " + what + "; found " + fields.length + " value(s)");
        }
    }

    private static String stripComment(String text) {
        int semicolon = text.indexOf(';');
        return (semicolon < 0 ? text : text.substring(0, semicolon)).strip();
    }
}
