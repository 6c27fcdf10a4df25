package se.valedger.http.ui;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.valedger.kernel.UtilityTime;

/**
 * Dates, times and numbers as the reader's language writes them; times in the utility's calendar ({@link UtilityTime}).
 * Templates call it as {@code ${@fmt.date(...)}}.
 */
@Component("fmt")
public class Formats {

    private final Clock clock;

    @Autowired
    public Formats(Clock clock) {
        this.clock = clock;
    }

    /** For texts that format without a "today" (tests of message bundles). */
    public Formats() {
        this(Clock.systemUTC());
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat(locale()).format(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = locale();
        return DateTimeFormatter.ofPattern(swedish(locale) ? "yyyy-MM-dd HH:mm" : "d MMM yyyy HH:mm", locale)
                .format(instant.atZone(UtilityTime.ZONE));
    }

    public String number(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public String number(Number value) {
        return number(value, 0);
    }

    /** A measured amount as the reader's language writes it: whole numbers without decimals, else up to two. */
    public String amount(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Today in Stockholm, the default date of forms. */
    public LocalDate today() {
        return UtilityTime.today(clock);
    }

    private static DateTimeFormatter dateFormat(Locale locale) {
        // Swedish writes dates as ISO 8601 (SS-ISO 8601); English readers get the month spelt out.
        return DateTimeFormatter.ofPattern(swedish(locale) ? "yyyy-MM-dd" : "d MMM yyyy", locale);
    }

    private static boolean swedish(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
