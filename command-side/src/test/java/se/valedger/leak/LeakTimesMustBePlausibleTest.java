package se.valedger.leak;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;

class LeakTimesMustBePlausibleTest {

    /** 22:30 UTC on 1 June is 00:30 on 2 June in Östersund. */
    static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-06-01T22:30:00Z"), ZoneOffset.UTC);

    static RecordHistoricLeak historic(LocalDate reportedOn) {
        return new RecordHistoricLeak("LADWP-1", "LADWP", "1", "VA-1042", LeakKind.BURST, LeakSeverity.HIGH,
                new Position("EPSG:3006", 492050.0, 6995030.0), null, reportedOn, null, 150, 1961, RepairMethod.CLAMP,
                4.0, FailureCause.UNKNOWN, null);
    }

    @Test
    void aHistoricLeakDatedTodayInStockholmIsAcceptedWhileUtcIsStillYesterday() {
        AggregateTestFixture<LeakReport> fixture = new AggregateTestFixture<>(LeakReport.class);
        fixture.registerInjectableResource(LATE_EVENING_UTC);
        fixture.givenNoPriorActivity().when(historic(LocalDate.of(2026, 6, 2))).expectSuccessfulHandlerExecution();
    }

    @Test
    void aHistoricLeakDatedTomorrowInStockholmIsRefused() {
        AggregateTestFixture<LeakReport> fixture = new AggregateTestFixture<>(LeakReport.class);
        fixture.registerInjectableResource(LATE_EVENING_UTC);
        fixture.givenNoPriorActivity().when(historic(LocalDate.of(2026, 6, 3)))
                .expectException(Matchers.predicate(e -> e instanceof InvalidInput i && i.field().equals("reportedOn")))
                .expectNoEvents();
    }

    @Test
    void aLeakBefore1900IsRefusedSayingSo() {
        assertThatThrownBy(() -> LeakTimesMustBePlausible.check("repairedAt", Instant.parse("1899-12-31T22:59:59Z"),
                LATE_EVENING_UTC)).hasMessageContaining("before 1900");
        assertThatThrownBy(() -> LeakTimesMustBePlausible.check("reportedOn", LocalDate.of(1899, 12, 31), LATE_EVENING_UTC))
                .hasMessageContaining("before 1900");
    }

    @Test
    void aClockFiveMinutesAheadIsTolerated() {
        Instant aheadButTolerated = LATE_EVENING_UTC.instant().plusSeconds(299);
        assertThatCode(() -> LeakTimesMustBePlausible.check("reportedAt", aheadButTolerated, LATE_EVENING_UTC))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LeakTimesMustBePlausible.check("reportedAt", aheadButTolerated.plusSeconds(2),
                LATE_EVENING_UTC)).hasMessageContaining("in the future");
    }
}
