package se.valedger.app.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as utilities' exports write them (issue 18). Four-digit years: {@code 2010-01-31} (also with a time after
 * it), {@code 20100131}, {@code 2010/01/31}, {@code 31.1.2010}, {@code 31-Jan-2010}, {@code 31 Jan 2010},
 * {@code Jan 31, 2010} and {@code 1/31/2010} (a slash date with the year last is month/day/year, as US exports such
 * as LADWP's write it). Two-digit years ({@code 31-Jan-95}, {@code 1/31/95}, {@code 31.1.95}) use a pivot: a year
 * after this year's two digits is of the last century ({@link #pivotRule}), so repairs of 1985-1999 are no longer
 * read as 2085-2099 and refused as future. Strict: 31-Feb is no date.
 */
public final class ImportDates {

    /** A date read, and whether its century was taken from the pivot (a two-digit year). */
    public record Read(LocalDate date, boolean pivoted) {
    }

    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile(".*(^|[^0-9])[0-9]{2}$");

    private static final List<DateTimeFormatter> FOUR_DIGIT = List.of(
            strict("uuuu-M-d"), strict("uuuuMMdd"), strict("uuuu/M/d"), strict("d.M.uuuu"), strict("d-MMM-uuuu"),
            strict("d MMM uuuu"), strict("MMM d, uuuu"), strict("M/d/uuuu"));

    private ImportDates() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** Two-digit years with their century from the pivot: {@code yy} up to this year's is 20yy, above it 19yy. */
    private static List<DateTimeFormatter> twoDigit(int thisYear) {
        LocalDate base = LocalDate.of(thisYear - 99, 1, 1);
        return List.of(reduced("d-MMM-", base), reduced("M/d/", base), reduced("d.M.", base));
    }

    private static DateTimeFormatter reduced(String dayAndMonth, LocalDate base) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(dayAndMonth)
                .appendValueReduced(ChronoField.YEAR, 2, 2, base).toFormatter(Locale.US)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The report's statement of the pivot, e.g. "00-26 are 2000-2026, 27-99 are 1927-1999 (pivot: this year, 2026)". */
    public static String pivotRule(int thisYear) {
        int yy = thisYear % 100;
        return String.format(Locale.ROOT, "two-digit years 00-%02d are read as 2000-%d, %02d-99 as %d-1999 (pivot: this"
                + " year, %d)", yy, thisYear, (yy + 1) % 100, 1900 + yy + 1, thisYear);
    }

    public static Optional<Read> parse(String text, int thisYear) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        // A time after an ISO date (2010-01-31T08:00, 2010-01-31 08:00:00) belongs to the same day.
        if (value.length() > 10 && value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}[T ].*")) {
            value = value.substring(0, 10);
        }
        for (DateTimeFormatter format : FOUR_DIGIT) {
            try {
                return Optional.of(new Read(LocalDate.parse(value, format), false));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        if (TWO_DIGIT_YEAR.matcher(value).matches()) {
            for (DateTimeFormatter format : twoDigit(thisYear)) {
                try {
                    return Optional.of(new Read(LocalDate.parse(value, format), true));
                } catch (DateTimeParseException e) {
                    // next form
                }
            }
        }
        return Optional.empty();
    }

    /** The forms {@link #parse} reads, for a refusal's reason. */
    public static final String FORMS = "2010-01-31, 20100131, 2010/01/31, 31.1.2010, 31-Jan-2010, 31 Jan 2010, "
            + "Jan 31, 2010, 1/31/2010 (month first), or with a two-digit year 31-Jan-10, 1/31/10, 31.1.10";
}
