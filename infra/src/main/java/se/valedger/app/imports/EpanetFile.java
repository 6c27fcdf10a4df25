package se.valedger.app.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import se.valedger.kernel.MalformedFile;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.ImportPipe;
import se.valedger.pipe.Point;

/**
 * An EPANET 2 network model ({@code .inp}). A first pass checks the whole file and keeps what the
 * pipes need from later sections (units, node coordinates, vertices); the second pass streams
 * {@code [PIPES]} rows. Pumps and valves are links but not pipes and are not imported. The file is read in the
 * import's {@code charset} (a model saved on Windows is often ISO-8859-1 or windows-1252). A pipe's status
 * ({@code [PIPES]} column 8, overridden by a {@code [STATUS]} line for it) is kept as its hydraulic status.
 */
final class EpanetFile {

    static final Set<String> SECTIONS = Set.of("TITLE", "JUNCTIONS", "RESERVOIRS", "TANKS", "PIPES", "PUMPS",
            "VALVES", "TAGS", "DEMANDS", "STATUS", "PATTERNS", "CURVES", "CONTROLS", "RULES", "ENERGY", "EMITTERS",
            "QUALITY", "SOURCES", "REACTIONS", "MIXING", "TIMES", "REPORT", "OPTIONS", "COORDINATES", "VERTICES",
            "LABELS", "BACKDROP", "LEAKAGE", "END");
    /** Flow units that put lengths in feet and diameters in inches; the others are SI (m, mm). */
    static final Set<String> US_FLOW_UNITS = Set.of("CFS", "GPM", "MGD", "IMGD", "AFD");
    static final Set<String> SI_FLOW_UNITS = Set.of("LPS", "LPM", "MLD", "CMH", "CMD", "CMS");
    static final double METRES_PER_FOOT = 0.3048;
    static final double MILLIMETRES_PER_INCH = 25.4;

    /** EPANET 2.2 manual, "[PIPES]" and "[STATUS]": a pipe is OPEN, CLOSED or CV (a check valve). */
    static final Set<String> PIPE_STATUSES = Set.of("OPEN", "CLOSED", "CV");

    private final Path file;
    private final Charset charset;
    private final Map<String, String> statusSection = new HashMap<>();
    private final Map<String, Point> nodes = new HashMap<>();
    private final Map<String, List<Point>> vertices = new HashMap<>();
    private final Map<String, Long> firstLineOfPipe = new HashMap<>();
    private boolean usUnits = true;
    /** Nodes the file defines ([JUNCTIONS], [RESERVOIRS], [TANKS]): id -> kind, and the line defining it. */
    private final Map<String, se.valedger.network.NodeKind> definedNodes = new java.util.LinkedHashMap<>();
    private final Map<String, Long> nodeLines = new HashMap<>();
    /** Pumps and control valves ([PUMPS], [VALVES]): links that carry water but are no pipes. */
    private final List<Element> links = new ArrayList<>();

    record Element(long line, String id, se.valedger.network.LinkKind kind, String node1, String node2, String type) {
    }

    private EpanetFile(Path file, Charset charset) {
        this.file = file;
        this.charset = charset;
    }

    /** Reads the whole file once; throws {@link MalformedFile} with the line at the first thing that is not EPANET. */
    public static EpanetFile check(Path file, Charset charset) {
        EpanetFile epanet = new EpanetFile(file, charset);
        epanet.scan();
        return epanet;
    }

    private void scan() {
        String[] section = {null};
        boolean[] ended = {false};
        long lines = TextLines.forEach(file, charset, (number, text) -> {
            if (ended[0]) {
                return;
            }
            String data = stripComment(text);
            if (data.isEmpty()) {
                return;
            }
            if (data.startsWith("[")) {
                section[0] = sectionName(number, data);
                ended[0] = section[0].equals("END");
                return;
            }
            if (section[0] == null) {
                throw new MalformedFile(number, "line " + number + " comes before any [SECTION]; this is not an EPANET .inp file");
            }
            String[] fields = data.split("\\s+");
            switch (section[0]) {
                case "PIPES" -> {
                    Pipe pipe = pipe(number, fields);
                    firstLineOfPipe.putIfAbsent(pipe.id(), number);
                }
                case "JUNCTIONS" -> define(number, fields[0], se.valedger.network.NodeKind.JUNCTION);
                case "RESERVOIRS" -> define(number, fields[0], se.valedger.network.NodeKind.RESERVOIR);
                case "TANKS" -> define(number, fields[0], se.valedger.network.NodeKind.TANK);
                case "PUMPS", "VALVES" -> {
                    if (fields.length < 3) {
                        throw new MalformedFile(number, "line " + number + ": a [" + section[0] + "] row needs id, node1 "
                                + "and node2; found " + fields.length + " value(s)");
                    }
                    boolean pump = section[0].equals("PUMPS");
                    links.add(new Element(number, fields[0], pump ? se.valedger.network.LinkKind.PUMP
                            : se.valedger.network.LinkKind.CONTROL_VALVE, fields[1], fields[2],
                            pump ? "pump" : fields.length > 4 ? fields[4].toUpperCase(Locale.ROOT) : "valve"));
                }
                case "COORDINATES" -> nodes.put(fields[0], point(number, fields, "[COORDINATES]"));
                case "VERTICES" -> vertices.computeIfAbsent(fields[0], k -> new ArrayList<>())
                        .add(point(number, fields, "[VERTICES]"));
                case "OPTIONS" -> options(number, fields);
                case "STATUS" -> {
                    if (fields.length >= 2) {
                        statusSection.put(fields[0], fields[1].toUpperCase(Locale.ROOT));
                    }
                }
                default -> {
                    // other sections are not needed for the register
                }
            }
        });
        if (!ended[0]) {
            throw new MalformedFile(lines, "the file ends at line " + lines + " without [END]; it looks truncated");
        }
        if (firstLineOfPipe.isEmpty()) {
            throw new MalformedFile(lines, "the file has no pipes in a [PIPES] section");
        }
    }

    /** Streams one row per {@code [PIPES]} line; call only after {@link #check}. */
    public void rows(Settings settings, Consumer<ImportRow> rows) {
        String[] section = {null};
        TextLines.forEach(file, charset, (number, text) -> {
            String data = stripComment(text);
            if (data.isEmpty()) {
                return;
            }
            if (data.startsWith("[")) {
                section[0] = data.substring(1, data.indexOf(']')).trim().toUpperCase(Locale.ROOT);
                return;
            }
            if ("PIPES".equals(section[0])) {
                rows.accept(row(number, pipe(number, data.split("\\s+")), settings));
            }
        });
    }

    private void define(long number, String id, se.valedger.network.NodeKind kind) {
        definedNodes.putIfAbsent(id, kind);
        nodeLines.putIfAbsent(id, number);
    }

    /**
     * Streams the file's nodes (junctions, reservoirs, tanks, with their [COORDINATES] point, or none with a warning)
     * and its pumps and control valves as network elements; call only after {@link #check}. A node listed twice, or a
     * pump or valve naming a node the file does not define, is refused with its line.
     */
    public void elements(String idPrefix, String reason, Consumer<ImportRow> rows) {
        for (var node : definedNodes.entrySet()) {
            long line = nodeLines.get(node.getKey());
            Point at = nodes.get(node.getKey());
            var position = at == null ? null : new se.valedger.network.NodePosition(crs, at.x(), at.y());
            ImportRow row = ImportRow.of(line, new se.valedger.network.ImportNode(node.getKey(), node.getValue(), position,
                    null, Map.of("source", "EPANET"), reason));
            rows.accept(at != null ? row : row.whenStored(report -> report.warning(line, "position", "node "
                    + node.getKey() + " has no [COORDINATES] row: registered without a position")));
        }
        for (Element link : links) {
            String missing = !definedNodes.containsKey(link.node1()) ? link.node1()
                    : !definedNodes.containsKey(link.node2()) ? link.node2() : null;
            if (missing != null) {
                rows.accept(ImportRow.refused(link.line(), "node", link.kind().name().toLowerCase(Locale.ROOT) + " "
                        + link.id() + " names node " + missing + ", which the file does not define"));
                continue;
            }
            rows.accept(ImportRow.of(link.line(), new se.valedger.network.ImportNetworkLink(idPrefix + link.id(), link.kind(),
                    link.node1(), link.node2(), Map.of("type", link.type()), reason)));
        }
    }

    long elementCount() {
        return definedNodes.size() + links.size();
    }

    private String crs = "EPANET";

    void crs(String crs) {
        this.crs = crs;
    }

    private ImportRow row(long number, Pipe pipe, Settings settings) {
        long first = firstLineOfPipe.get(pipe.id());
        if (first != number) {
            return ImportRow.refused(number, "id", "pipe " + pipe.id() + " is listed twice; first on line " + first);
        }
        PipeAttributesCsv.Attributes extra = settings.attributes().get(pipe.id());
        var material = extra == null || extra.material() == null ? null : Vocabulary.material(extra.material());
        if (extra != null && extra.material() != null && material == null) {
            return ImportRow.refused(number, "material", "attribute file line " + extra.line() + ": unknown material '"
                    + extra.material() + "'");
        }
        String status = statusSection.getOrDefault(pipe.id(), pipe.status());
        if (status != null && !PIPE_STATUSES.contains(status)) {
            // [STATUS] also takes a setting for pumps and valves; a pipe has only these three.
            return ImportRow.refused(number, "status", "pipe " + pipe.id() + " has status '" + status
                    + "'; a pipe's status is one of " + PIPE_STATUSES.stream().sorted().toList());
        }
        String undefined = definedNodes.isEmpty() ? null : !definedNodes.containsKey(pipe.node1()) ? pipe.node1()
                : !definedNodes.containsKey(pipe.node2()) ? pipe.node2() : null;
        double lengthM = usUnits ? pipe.length() * METRES_PER_FOOT : pipe.length();
        int diameterMm = (int) Math.round(usUnits ? pipe.diameter() * MILLIMETRES_PER_INCH : pipe.diameter());
        Integer year = extra == null ? null : extra.installationYear();
        ImportRow row = ImportRow.of(number, new ImportPipe(settings.idPrefix() + pipe.id(), settings.networkKind(), material,
                diameterMm, lengthM, year, settings.district(), null,
                undefined == null ? geometry(pipe, settings.crs()) : null, pipe.node1(), pipe.node2(),
                settings.defaultInstallationYear(), settings.reason(), status));
        if (material != null && year != null && undefined == null) {
            return row;
        }
        // Defaults are said per row: the pipe marks them assumed (issue 18), the report names them.
        return row.whenStored(report -> {
            if (undefined != null) {
                report.warning(number, "node", "pipe " + pipe.id() + " names node " + undefined
                        + ", which the file does not define in [JUNCTIONS], [RESERVOIRS] or [TANKS]: the pipe gets no"
                        + " geometry");
            }
            if (material == null) {
                report.note(number, "material", "EPANET has no material: a new pipe is UNKNOWN, marked assumed;"
                        + " a registered one keeps its own (give an attributes file)");
            }
            if (year == null) {
                report.note(number, "installationYear", "EPANET has no installation year: a new pipe gets "
                        + settings.defaultInstallationYear() + " (defaultInstallationYear), marked assumed; a registered"
                        + " one keeps its own");
            }
        });
    }

    private Geometry geometry(Pipe pipe, String crs) {
        Point start = nodes.get(pipe.node1());
        Point end = nodes.get(pipe.node2());
        if (start == null || end == null) {
            return null;
        }
        List<Point> line = new ArrayList<>();
        line.add(start);
        line.addAll(vertices.getOrDefault(pipe.id(), List.of()));
        line.add(end);
        return new Geometry(crs, line);
    }

    private void options(long number, String[] fields) {
        if (fields[0].equalsIgnoreCase("UNITS")) {
            String units = fields.length > 1 ? fields[1].toUpperCase(Locale.ROOT) : "";
            if (US_FLOW_UNITS.contains(units)) {
                usUnits = true;
            } else if (SI_FLOW_UNITS.contains(units)) {
                usUnits = false;
            } else {
                throw new MalformedFile(number, "line " + number + ": unknown flow units '" + units + "'; EPANET knows "
                        + US_FLOW_UNITS + " (feet/inches) and " + SI_FLOW_UNITS + " (metres/millimetres)");
            }
        }
    }

    record Pipe(String id, String node1, String node2, double length, double diameter, String status) {
    }

    private static Pipe pipe(long number, String[] fields) {
        if (fields.length < 6) {
            throw new MalformedFile(number, "line " + number + ": a [PIPES] row needs id, node1, node2, length, diameter"
                    + " and roughness; found " + fields.length + " value(s) (is the file cut off?)");
        }
        // id node1 node2 length diameter roughness [minor loss] [status]
        return new Pipe(fields[0], fields[1], fields[2], number(number, fields[3], "length"),
                number(number, fields[4], "diameter"), status(fields));
    }

    /** Column 8, or column 7 when the minor loss is left out and a status stands there (as EPANET reads it). */
    private static String status(String[] fields) {
        if (fields.length >= 8) {
            return fields[7].toUpperCase(Locale.ROOT);
        }
        if (fields.length == 7 && !fields[6].matches("[-+0-9.eE]+")) {
            return fields[6].toUpperCase(Locale.ROOT);
        }
        return null;
    }

    private static Point point(long number, String[] fields, String section) {
        if (fields.length < 3) {
            throw new MalformedFile(number, "line " + number + ": a " + section + " row needs an id, x and y");
        }
        return new Point(number(number, fields[1], "x"), number(number, fields[2], "y"));
    }

    static double number(long line, String text, String what) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedFile(line, "line " + line + ": " + what + " '" + text + "' is not a number");
    }

    private static String sectionName(long number, String data) {
        int close = data.indexOf(']');
        String name = close < 0 ? "" : data.substring(1, close).trim().toUpperCase(Locale.ROOT);
        if (!SECTIONS.contains(name)) {
            throw new MalformedFile(number, "line " + number + ": unknown section " + data
                    + "; an EPANET 2 file has only " + SECTIONS.stream().sorted().toList());
        }
        return name;
    }

    private static String stripComment(String text) {
        int semicolon = text.indexOf(';');
        return (semicolon < 0 ? text : text.substring(0, semicolon)).strip();
    }

    /** What the caller says about the whole file. */
    public record Settings(String idPrefix, se.valedger.pipe.NetworkKind networkKind, String district, String crs,
                    int defaultInstallationYear, String reason, Map<String, PipeAttributesCsv.Attributes> attributes) {
    }
}
