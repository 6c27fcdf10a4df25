package se.valedger.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/**
 * The utility's own calendar, the one every date rule uses: "today", "this year" and the day an instant falls on
 * are Östersund's, not UTC's (between 00:00 and 01:00/02:00 local time the UTC date is still yesterday's). The
 * application clock itself runs in UTC; convert through this class, never with {@code ZoneOffset.UTC}.
 */
public final class UtilityTime {

    /** The zone as text, for annotations that need a constant ({@code @Scheduled(zone = ...)}). */
    public static final String ZONE_ID = "Europe/Stockholm";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private UtilityTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static int thisYear(Clock clock) {
        return Year.now(clock.withZone(ZONE)).getValue();
    }

    /** The local date {@code instant} falls on. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Local midnight at the start of {@code date}. */
    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
