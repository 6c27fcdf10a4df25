package se.valedger.plant;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/**
 * ISO 8601 weeks in the utility's calendar ({@link UtilityTime#ZONE}): Monday to Sunday, written "2024-W07".
 * Week-year rule: a week belongs to the year that holds its Thursday (ISO 8601 week-based year), so
 * 2024-12-30 and 2024-12-31 are in 2025-W01 and 2021-01-01..03 in 2020-W53; a year's weekly load covers exactly
 * the weeks of its week-based year. A sample belongs to the week its period's midpoint falls in, so a 24-hour
 * sample taken 07:00 to 07:00 counts for the day it started on.
 */
public final class IsoWeeks {

    public static final String RULE = "ISO 8601 weeks (Monday-Sunday) in the Europe/Stockholm calendar; a week belongs "
            + "to the year that holds its Thursday, so the last days of December can be week 1 of the next year and "
            + "the first days of January week 52 or 53 of the previous; a sample counts in the week of its period's "
            + "midpoint";
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private IsoWeeks() {
    }

    public static String of(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week of a period: the one its midpoint falls in, in the utility's calendar. */
    public static String ofPeriod(Instant start, Instant end) {
        Instant middle = start.plus(Duration.between(start, end).dividedBy(2));
        return of(UtilityTime.dateOf(middle));
    }

    public static int yearOf(String week) {
        return Integer.parseInt(week.substring(0, 4));
    }

    /** The Monday of a week written "2024-W07"; refuses (naming {@code field}) anything else or a week the year lacks. */
    public static LocalDate monday(String field, String week) {
        Matcher m = week == null ? null : WEEK.matcher(week.strip());
        if (m == null || !m.matches()) {
            throw new InvalidInput(field, "a week is written as an ISO week like 2024-W07, was " + week);
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (number < 1 || number > weeks) {
            throw new InvalidInput(field, year + " has ISO weeks 1 to " + weeks + ", was " + week);
        }
        return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week as written canonically, after {@link #monday} accepted it. */
    public static String canonical(String field, String week) {
        return of(monday(field, week));
    }
}
