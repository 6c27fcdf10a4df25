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

    NetworkImports(ImportDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
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
        return run.finish();
    }

    public ImportReport pipesCsv(Path file, String fileName, Map<String, String> options, ImportProgress progress) {
        String crs = options.getOrDefault("crs", Geometry.SWEREF99_TM);
        BinaryFiles.refuseIfBinary(file, "a CSV text file (text/csv)");
        PipesCsvFile csv = PipesCsvFile.check(file, charset(options), crs);
        progress.total(csv.dataRows());
        ImportDispatcher.Run run = dispatcher.parallel("pipes-csv", PipeImportHandling.INSTANCE, progress);
        run.readAll(submit -> csv.rows(defaultYear(options), crs, "import pipes-csv " + fileName, submit));
        return run.finish();
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
