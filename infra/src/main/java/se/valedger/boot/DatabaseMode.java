package se.valedger.boot;

import java.util.Locale;

/** Where the one PostgreSQL database comes from. */
public enum DatabaseMode {
    /** The configured server when it answers, else an embedded one. */
    AUTO,
    /** Only the configured server ({@code SPRING_DATASOURCE_URL}). */
    EXTERNAL,
    /** A PostgreSQL started from Maven-delivered binaries, data under {@code ./data/}. */
    EMBEDDED;

    static DatabaseMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("VALEDGER_DATABASE_MODE must be auto, external or embedded, was '"
                    + value + "'");
        }
    }
}
