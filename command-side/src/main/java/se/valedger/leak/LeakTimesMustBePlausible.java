package se.valedger.leak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/**
 * A leak's times lie between {@value #EARLIEST_YEAR} (no utility records leaks older than the piped network;
 * ASSUMED floor from issue 14) and now. "Now" allows {@link #CLOCK_SKEW} for a device whose clock runs a little
 * ahead (ASSUMED, fixed in code). Dates without a time (historic records) are read in the utility's calendar,
 * {@link UtilityTime}, so a leak recorded just after midnight local time is not "tomorrow" in UTC.
 */
final class LeakTimesMustBePlausible {

    static final int EARLIEST_YEAR = 1900;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Instant EARLIEST = UtilityTime.startOfDay(LocalDate.of(EARLIEST_YEAR, 1, 1));

    private LeakTimesMustBePlausible() {
    }

    static void check(String field, Instant at, Clock clock) {
        if (at == null) {
            return;
        }
        if (at.isBefore(EARLIEST)) {
            throw new InvalidInput(field, field + " " + at + " is before " + EARLIEST_YEAR);
        }
        if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidInput(field, field + " " + at + " is in the future");
        }
    }

    static void check(String field, LocalDate on, Clock clock) {
        if (on == null) {
            return;
        }
        if (on.getYear() < EARLIEST_YEAR) {
            throw new InvalidInput(field, field + " " + on + " is before " + EARLIEST_YEAR);
        }
        if (on.isAfter(UtilityTime.today(clock))) {
            throw new InvalidInput(field, field + " " + on + " is in the future");
        }
    }
}
