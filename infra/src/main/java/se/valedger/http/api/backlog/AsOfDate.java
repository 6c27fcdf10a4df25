package se.valedger.http.api.backlog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.valedger.kernel.InvalidInput;

/** The {@code asOf} parameter of the backlog: a date YYYY-MM-DD between 1900 and 2200, or none (today). */
final class AsOfDate {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private AsOfDate() {
    }

    static LocalDate parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("asOf", "a date as YYYY-MM-DD, was '" + asOf + "'");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidInput("asOf", "a date from " + EARLIEST + " to " + LATEST + ", was " + date);
        }
        return date;
    }
}
