package se.valedger.http.api.renewal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.valedger.kernel.InvalidInput;

/** The {@code asOf} parameter of a proposal: a date YYYY-MM-DD between 1900 and 2200, or none (the proposal's year). */
final class ProposalAsOf {

    private ProposalAsOf() {
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
        if (date.getYear() < 1900 || date.getYear() > 2200) {
            throw new InvalidInput("asOf", "a date from 1900-01-01 to 2200-12-31, was " + date);
        }
        return date;
    }
}
