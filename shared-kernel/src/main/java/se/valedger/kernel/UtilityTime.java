package se.valedger.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/**
 * The utility's own calendar: "today" and "this year" are Östersund's, not UTC's (between 00:00 and
 * 01:00/02:00 local time the UTC date is still yesterday's).
 */
public final class UtilityTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private UtilityTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static int thisYear(Clock clock) {
        return Year.now(clock.withZone(ZONE)).getValue();
    }
}
