package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void aFormsDefaultDateIsTheUtilitysTodayOnTheApplicationClock() {
        Clock halfPastMidnightInStockholm = Clock.fixed(Instant.parse("2026-12-03T23:30:00Z"), ZoneOffset.UTC);

        assertThat(new Formats(halfPastMidnightInStockholm).today()).isEqualTo(LocalDate.of(2026, 12, 4));
    }
}
