package se.valedger.app.imports.en13508;

import java.util.List;
import java.util.Map;
import se.valedger.inspection.Observation;

/** What the parser read: one entry per inspection (a {@code #B} header and its {@code #C} observations). */
record En13508File(List<Inspection> inspections, List<Problem> problems, String language) {

    /** A header block and its observations, with the file line of each; {@code warnings}: taken with a remark. */
    record Inspection(long line, Map<String, String> header, List<Observation> observations, List<Long> observationLines,
                      List<Problem> problems, List<Problem> warnings, boolean closed) {
    }

    record Problem(long line, String field, String reason) {
    }
}
