package se.valedger.app.imports.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import se.valedger.app.imports.ImportSettings;

/**
 * The leaks CSV, EN 13508-2 and plant-measurement importers still read their whole file into memory (the
 * architecture step, issue 15, makes them stream like the pipes CSV and EPANET importers). Eight parallel
 * 100 MB uploads to them exhausted a 384 MB heap (HugeBodiesIT's probe), so their files are limited to
 * {@code valedger.imports.max-whole-file} (default 32 MB, ASSUMED: the largest real files we hold are about
 * 1.4 MB) and a larger one is refused 413 before its job starts, naming the file.
 */
@Component
public class WholeFileImports {

    private final DataSize max;

    WholeFileImports(ImportSettings settings) {
        this.max = settings.maxWholeFile();
    }

    /** Refuses, before anything is read or stored, a file this importer would have to hold whole and cannot. */
    public void requireFits(String kind, UploadSpool.Spooled file) {
        if (file.bytes() > max.toBytes()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The " + kind + " importer reads its file whole and takes at most " + max.toMegabytes() + " MB "
                            + "(valedger.imports.max-whole-file); this one has " + file.bytes() + " bytes. Nothing was imported; "
                            + "split the file.");
            problem.setTitle("File too large for this importer");
            problem.setProperty("field", "file");
            throw new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
        }
    }
}
