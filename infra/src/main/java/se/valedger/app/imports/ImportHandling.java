package se.valedger.app.imports;

import java.util.Optional;
import se.valedger.app.Refusal;

/** What an importer tells the dispatcher about its commands: how each counts, and how a refusal reads in the report. */
public interface ImportHandling {

    /** How a stored command counts (what its handler answered decides, e.g. a pipe created or corrected). */
    Outcome outcome(Object command, Object result);

    /** A refusal that means the row is there already (a re-import): counted as accepted with this outcome. */
    default Optional<Outcome> alreadyThere(Refusal refusal) {
        return Optional.empty();
    }

    /** The report's error for a refused row: its line, the field of the file at fault, the reason. */
    ImportReport.Row describe(ImportRow row, Refusal refusal);
}
