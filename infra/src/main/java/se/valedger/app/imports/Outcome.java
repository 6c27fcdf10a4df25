package se.valedger.app.imports;

/**
 * How one command of a row counts in the report: it created a record, corrected one, found it as the file
 * says already ({@code UNCHANGED}), or was stored without a count of its own ({@code STORED}, an inspection).
 */
public enum Outcome {
    CREATED, CORRECTED, UNCHANGED, STORED
}
