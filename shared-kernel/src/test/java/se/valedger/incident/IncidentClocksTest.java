package se.valedger.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.UtilityTime;

class IncidentClocksTest {

    static Instant stockholm(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(UtilityTime.ZONE).toInstant();
    }

    static String local(Instant instant) {
        return ZonedDateTime.ofInstant(instant, UtilityTime.ZONE).toLocalDateTime().toString();
    }

    @Test
    void theEarlyWarningIsDue24RealHoursLaterSoTheLocalClockShowsAnHourMoreAcrossTheSpringChange() {
        // Summer time starts 2026-03-29 at 02:00 (clocks jump to 03:00).
        Instant aware = stockholm("2026-03-28T10:00");
        assertThat(aware).isEqualTo(Instant.parse("2026-03-28T09:00:00Z"));
        Instant due = IncidentClocks.earlyWarningDue(aware);
        assertThat(due).isEqualTo(Instant.parse("2026-03-29T09:00:00Z"));
        assertThat(local(due)).isEqualTo("2026-03-29T11:00");
    }

    @Test
    void theNotificationIsDue72RealHoursLaterSoTheLocalClockShowsAnHourLessAcrossTheAutumnChange() {
        // Summer time ends 2026-10-25 at 03:00 (clocks go back to 02:00).
        Instant aware = stockholm("2026-10-23T22:30");
        Instant due = IncidentClocks.notificationDue(aware);
        assertThat(due).isEqualTo(aware.plusSeconds(72 * 3600));
        assertThat(local(due)).isEqualTo("2026-10-26T21:30");
    }

    @Test
    void theFinalReportIsDueOneCalendarMonthLaterAtTheSameSwedishTimeOfDayAcrossTheAutumnChange() {
        Instant notified = stockholm("2026-10-02T10:00"); // 08:00Z, summer time
        Instant due = IncidentClocks.oneMonthAfter(notified);
        assertThat(local(due)).isEqualTo("2026-11-02T10:00");
        assertThat(due).isEqualTo(Instant.parse("2026-11-02T09:00:00Z")); // winter time: a month of 31 days + 1 h
    }

    @Test
    void aMonthFromTheThirtyFirstEndsOnTheLastDayOfAShorterMonth() {
        Instant notified = stockholm("2027-01-31T15:00");
        assertThat(local(IncidentClocks.oneMonthAfter(notified))).isEqualTo("2027-02-28T15:00");
    }

    @Test
    void aNotificationInTheRepeatedAutumnHourKeepsItsOffsetAMonthLater() {
        // 02:30 happens twice on 2026-10-25; the second one is 01:30Z (winter time).
        Instant secondTwoThirty = Instant.parse("2026-10-25T01:30:00Z");
        assertThat(local(secondTwoThirty)).isEqualTo("2026-10-25T02:30");
        assertThat(IncidentClocks.oneMonthAfter(secondTwoThirty)).isEqualTo(Instant.parse("2026-11-25T01:30:00Z"));
    }
}
