package se.valedger.app.imports.plant;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The dates exports write: ISO {@code 2024-03-01} and the Swedish/European {@code 1.3.2024} (d.m.yyyy). */
final class Dates {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);

    private Dates() {
    }

    static LocalDate parse(String text) {
        String t = text.trim();
        if (t.indexOf('.') > 0) {
            return LocalDate.parse(t, DAY_FIRST.withResolverStyle(java.time.format.ResolverStyle.STRICT));
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw e;
        }
    }
}
