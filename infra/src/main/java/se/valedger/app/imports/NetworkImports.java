package se.valedger.app.imports;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.NetworkKind;

/**
 * Importing a network model: an EPANET file (with an optional attributes CSV) or a pipes CSV, read into rows and
 * sent through the {@link ImportDispatcher}, with the import's options (network kind, id prefix, district, CRS,
 * default installation year, charset) read as the API names them.
 */
@Component
public class NetworkImports {

    /**
     * Installation year given to imported pipes whose file does not say (EPANET never does). ASSUMED: most of a
     * Swedish municipal network was laid 1950-1980, so its middle is the least wrong single guess; the importer
     * sets the real one with the option {@code defaultInstallationYear}.
     */
    static final int DEFAULT_INSTALLATION_YEAR = 1970;
    /** EPANET coordinates are the modeller's drawing units, not a known CRS. */
    static final String EPANET_CRS = "EPANET";

    private final ImportDispatcher dispatcher;
    private final Clock clock;
    private final GisSettings extent;
    private final ImportProfiles profiles;

    NetworkImports(ImportDispatcher dispatcher, Clock clock, GisSettings extent, ImportProfiles profiles) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.extent = extent;
        this.profiles = profiles;
    }

    /**
     * A GeoJSON FeatureCollection of pipes ({@link GeoJsonFile}): read as the pipes CSV it stands for, in EPSG:3006;
     * the report adds the file's {@code crs}, the reprojection, the features refused for their geometry and the
     * warnings of features outside the municipality extent.
     */
    public ImportReport geojson(Path file, String fileName, Map<String, String> options, ImportProgress progress) {
        BinaryFiles.refuseIfBinary(file, "a GeoJSON text file (application/geo+json)");
        return gis("geojson", file, GeoJsonFile.toCsv(file, extent), fileName, options, progress);
    }

    /** A GeoPackage's feature table of pipes ({@link GeoPackageFile}), then as {@link #geojson}. */
    public ImportReport geopackage(Path file, String table, String fileName, Map<String, String> options,
                                   ImportProgress progress) {
        ImportReport report = gis("geopackage", file, GeoPackageFile.toCsv(file, table, extent), fileName, options,
                progress);
        report.detail("format", "geopackage");
        return report;
    }

    private ImportReport gis(String format, Path file, GeoJsonFile.Converted converted, String fileName,
                             Map<String, String> options, ImportProgress progress) {
        Path csv = file.resolveSibling(file.getFileName() + ".csv");
        try {
            java.nio.file.Files.writeString(csv, converted.csv(), StandardCharsets.UTF_8);
            // the features' properties are the columns: a profile maps them as it maps a CSV's headers (issue 18)
            Map<String, String> csvOptions = new java.util.HashMap<>();
            csvOptions.put("crs", GeoJsonFile.REGISTER_CRS);
            for (String passed : List.of("profile", "dryRun")) {
                if (options.containsKey(passed)) {
                    csvOptions.put(passed, options.get(passed));
                }
            }
            ImportReport report = pipesCsv(csv, fileName, csvOptions, progress);
            for (ImportReport.Row refused : converted.refused()) {
                report.read(1);
                report.rejected(1, refused);
            }
            converted.warnings().forEach(w -> report.warning(w.line(), w.field(), w.reason()));
            converted.notes().forEach(n -> report.note(n.line(), n.field(), n.reason()));
            report.detail("format", format);
            report.detail("features", converted.features());
            report.detail("crs", converted.sourceCrs());
            report.detail("storedCrs", GeoJsonFile.REGISTER_CRS);
            report.detail("reprojected", !GeoJsonFile.REGISTER_CRS.equals(converted.sourceCrs()));
            report.detail("lines", "line n is feature n-2 (counted from 0); line 1 stands for the properties' names");
            return report;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(csv);
            } catch (java.io.IOException e) {
                // removed with the job's upload directory
            }
        }
    }

    public ImportReport epanet(Path model, Path attributes, String fileName, Map<String, String> options,
                                ImportProgress progress) {
        BinaryFiles.refuseIfBinary(model, "an EPANET 2 .inp text file (text/plain)");
        if (attributes != null) {
            BinaryFiles.refuseIfBinary(attributes, "a CSV text file of pipe attributes (text/csv)");
        }
        EpanetFile epanet = EpanetFile.check(model, charset(options));
        var extra = attributes == null ? Map.<String, PipeAttributesCsv.Attributes>of()
                : PipeAttributesCsv.read(attributes, charset(options));
        NetworkKind kind = options.containsKey("networkKind") ? networkKind(options.get("networkKind"))
                : NetworkKind.DRINKING_WATER;
        String prefix = options.getOrDefault("idPrefix", "");
        var settings = new EpanetFile.Settings(prefix, kind, blankToNull(options.get("district")),
                options.getOrDefault("crs", EPANET_CRS), defaultYear(options), "import epanet " + fileName, extra);
        ImportDispatcher.Run run = dispatcher.parallel("epanet", PipeImportHandling.INSTANCE, progress);
        run.readAll(submit -> epanet.rows(settings, submit));
        ImportReport pipes = run.finish();
        // the model's nodes, pumps and valves (issue 20): counted apart, so the pipe counts read as before
        epanet.crs(settings.crs());
        ImportDispatcher.Run elements = dispatcher.parallel("epanet-elements", PipeImportHandling.INSTANCE,
                ImportProgress.NONE);
        elements.readAll(submit -> epanet.elements(prefix, settings.reason(), submit));
        pipes.detail("elements", elements.finish().toBody());
        return pipes;
    }

    /**
     * An EPA SWMM 5 model's conduits as sewer pipes ({@link SwmmFile}): network kind {@code networkKind}, else
     * WASTEWATER (ASSUMED, said in the report); coordinates in the modeller's units ({@code crs}, default SWMM).
     */
    public ImportReport swmm(Path model, String fileName, Map<String, String> options, ImportProgress progress) {
        BinaryFiles.refuseIfBinary(model, "an EPA SWMM 5 .inp text file (text/plain)");
        SwmmFile swmm = SwmmFile.read(model, charset(options));
        NetworkKind kind = options.containsKey("networkKind") ? networkKind(options.get("networkKind"))
                : NetworkKind.WASTEWATER;
        progress.total(swmm.conduits());
        ImportDispatcher.Run run = dispatcher.parallel("swmm", PipeImportHandling.INSTANCE, progress);
        run.readAll(submit -> swmm.rows(options.getOrDefault("idPrefix", ""), kind,
                options.getOrDefault("crs", SWMM_CRS), defaultYear(options), "import swmm " + fileName, submit));
        if (!options.containsKey("networkKind")) {
            run.report().detail("networkKind", "WASTEWATER (ASSUMED: the parameter networkKind sets it)");
        }
        return run.finish();
    }

    /** SWMM coordinates are the modeller's map units, not a known CRS. */
    static final String SWMM_CRS = "SWMM";

    public ImportReport pipesCsv(Path file, String fileName, Map<String, String> options, ImportProgress progress) {
        String crs = options.getOrDefault("crs", Geometry.SWEREF99_TM);
        BinaryFiles.refuseIfBinary(file, "a CSV text file (text/csv)");
        ImportProfile profile = options.containsKey("profile") ? profiles.named(options.get("profile")) : null;
        PipesCsvFile csv = PipesCsvFile.check(file, charset(options), crs, profile);
        progress.total(csv.dataRows());
        int year = !options.containsKey("defaultInstallationYear") && profile != null
                && profile.defaultInstallationYear() != null ? profile.defaultInstallationYear() : defaultYear(options);
        String reason = "import pipes-csv " + fileName + (profile == null ? "" : " profile " + profile.name());
        ImportReport report;
        if (dryRun(options)) {
            report = DryRun.of("pipes-csv", submit -> csv.rows(year, crs, reason, submit));
        } else {
            ImportDispatcher.Run run = dispatcher.parallel("pipes-csv", PipeImportHandling.INSTANCE, progress);
            run.readAll(submit -> csv.rows(year, crs, reason, submit));
            report = run.finish();
        }
        if (profile != null) {
            report.detail("profile", profile.name());
            report.detail("units", "diameters in " + profile.diameterUnit() + (profile.diameterUnit().equals("inch")
                    ? " (x 25.4, rounded to whole mm)" : "") + ", lengths in " + profile.lengthUnit()
                    + (profile.lengthUnit().equals("ft") ? " (x 0.3048)" : ""));
        }
        return report;
    }

    /** {@code dryRun=true|false}; anything else is refused rather than taken as false (which would store). */
    static boolean dryRun(Map<String, String> options) {
        String text = options.get("dryRun");
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInput("dryRun", "'" + text + "' is neither true nor false");
    }

    private int defaultYear(Map<String, String> options) {
        String text = options.get("defaultInstallationYear");
        if (text == null) {
            return DEFAULT_INSTALLATION_YEAR;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year < 1800 || year > UtilityTime.thisYear(clock)) {
                throw new InvalidInput("defaultInstallationYear", "a year from 1800 to this year, was " + year);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new InvalidInput("defaultInstallationYear", "'" + text + "' is not a year");
        }
    }

    private static NetworkKind networkKind(String text) {
        NetworkKind kind = Vocabulary.networkKind(text == null ? "" : text);
        if (kind == null) {
            throw new InvalidInput("networkKind", "'" + text + "' is not a network kind; use one of "
                    + List.of(NetworkKind.values()));
        }
        return kind;
    }

    private static Charset charset(Map<String, String> options) {
        String name = options.get("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInput("charset", "unknown charset '" + name + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
