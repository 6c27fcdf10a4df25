package se.valedger.http;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.Parser;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.format.datetime.standard.TemporalAccessorParser;
import se.valedger.kernel.InvalidInput;

/**
 * Instants and dates in request parameters are years 1 to 9999 (four-digit years, ISO 8601 §3.2.1):
 * {@code ?from=9223372036854775807} reads as epoch milliseconds in the year 292,278,994, which
 * PostgreSQL's {@code timestamptz} cannot hold (it answered 500). Parsing itself is Spring's, unchanged.
 */
public final class TimeParametersMustBeInRange {

    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    static final Instant LATEST_INSTANT = LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);

    private TimeParametersMustBeInRange() {
    }

    /** The instant, or {@link InvalidInput} naming the field when it lies outside years 1 to 9999. */
    public static Instant inRange(String field, Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST_INSTANT) || instant.isAfter(LATEST_INSTANT))) {
            throw new InvalidInput(field, "an instant between " + EARLIEST + " and " + LATEST + " (UTC), was " + instant);
        }
        return instant;
    }

    public static LocalDate inRange(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidInput(field, "a date between " + EARLIEST + " and " + LATEST + ", was " + date);
        }
        return date;
    }

    static Converter<String, Instant> instants() {
        InstantFormatter spring = new InstantFormatter();
        return text -> text.isBlank() ? null : inRange("value", parse(spring, text));
    }

    /** Spring's own default for {@code LocalDate} (the locale's short style, ISO 8601 as fallback), then the range. */
    static Converter<String, LocalDate> dates() {
        TemporalAccessorParser spring = new TemporalAccessorParser(LocalDate.class,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT));
        return text -> text.isBlank() ? null : inRange("value", (LocalDate) parse(spring, text));
    }

    private static <T> T parse(Parser<T> parser, String text) {
        try {
            return parser.parse(text, LocaleContextHolder.getLocale());
        } catch (ParseException e) {
            throw new IllegalArgumentException("Parse attempt failed for value [" + text + "]", e);
        }
    }
}
