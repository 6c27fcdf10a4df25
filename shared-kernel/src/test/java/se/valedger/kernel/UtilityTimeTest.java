package se.valedger.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UtilityTimeTest {

    static Clock utc(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void halfPastMidnightInStockholmIsAlreadyTomorrowThoughUtcIsStillToday() {
        assertThat(UtilityTime.today(utc("2026-12-03T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(UtilityTime.today(utc("2026-07-01T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(UtilityTime.thisYear(utc("2026-12-31T23:30:00Z"))).isEqualTo(2027);
    }

    @Test
    void anInstantFallsOnItsLocalDateAndADayStartsAtLocalMidnight() {
        assertThat(UtilityTime.dateOf(Instant.parse("2026-07-01T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(UtilityTime.startOfDay(LocalDate.of(2026, 12, 4))).isEqualTo(Instant.parse("2026-12-03T23:00:00Z"));
        assertThat(UtilityTime.startOfDay(LocalDate.of(2026, 7, 2))).isEqualTo(Instant.parse("2026-07-01T22:00:00Z"));
    }
}
