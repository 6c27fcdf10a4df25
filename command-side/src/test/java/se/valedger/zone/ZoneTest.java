package se.valedger.zone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;

class ZoneTest {

    static final String ID = "DMA-1";
    static final LocalDate DAY = LocalDate.of(2025, 5, 1);
    static final String SHA = "a".repeat(64);
    static final ZoneRegistered SUPPLY = new ZoneRegistered(ID, "Lugnvik", ZoneKind.SUPPLY, 400, null, 50.0, null,
            null, null, null, "Lugnvik", null, null, List.of("in"), List.of("out"));

    FixtureConfiguration<Zone> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Zone.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));
    }

    static List<Double> hours(Double value) {
        return new ArrayList<>(Collections.nCopies(24, value));
    }

    @Test
    void aZoneIsRegisteredWithItsNameStripped() {
        fixture.givenNoPriorActivity()
                .when(new RegisterZone(ID, " Lugnvik ", ZoneKind.SUPPLY, 400, null, 50.0, null, null, null, null,
                        "Lugnvik", null, null, List.of("in"), List.of("out")))
                .expectEvents(SUPPLY);
    }

    @Test
    void aMeterDayIsOneEventAndARepeatChangesNothing() {
        MeterDayRecorded recorded = new MeterDayRecorded(ID, "in", DAY, 60, hours(5.0), SHA);
        fixture.given(SUPPLY)
                .when(new RecordMeterDay(ID, "in", DAY, 60, hours(5.0), SHA, null))
                .expectEvents(recorded).expectResultMessagePayload(DayOutcome.CREATED);
        fixture.given(SUPPLY, recorded)
                .when(new RecordMeterDay(ID, "in", DAY, 60, hours(5.0), SHA, null))
                .expectNoEvents().expectResultMessagePayload(DayOutcome.UNCHANGED);
    }

    @Test
    void aCorrectionIsANewEventForTheDayAndGapsInItKeepTheRecordedValues() {
        List<Double> first = hours(5.0);
        first.set(3, null);
        List<Double> second = hours(null);
        second.set(3, 4.0);
        second.set(4, 6.0);
        List<Double> merged = hours(5.0);
        merged.set(3, 4.0);
        merged.set(4, 6.0);
        fixture.given(SUPPLY, new MeterDayRecorded(ID, "in", DAY, 60, first, SHA))
                .when(new RecordMeterDay(ID, "in", DAY, 60, second, SHA, "meter recalibrated"))
                .expectEvents(new MeterDayCorrected(ID, "in", DAY, 60, merged, SHA, "meter recalibrated"))
                .expectResultMessagePayload(DayOutcome.CORRECTED);
    }

    @Test
    void aDayWithTheWrongNumberOfIntervalsOrAnUnknownMeterIsRefused() {
        fixture.given(SUPPLY)
                .when(new RecordMeterDay(ID, "in", LocalDate.of(2025, 3, 30), 60, hours(1.0), SHA, null))
                .expectException(InvalidInput.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("has 23 intervals"));
        fixture.given(SUPPLY)
                .when(new RecordMeterDay(ID, "elsewhere", DAY, 60, hours(1.0), SHA, null))
                .expectException(RuleViolated.class);
        fixture.given(SUPPLY)
                .when(new RecordMeterDay(ID, "in", DAY, 60, hours(null), SHA, null))
                .expectException(InvalidInput.class);
    }

    @Test
    void volumesReplaceTheSameYearAndKindAndBelongToSupplyZones() {
        ZoneVolumeRecorded first = new ZoneVolumeRecorded(ID, 2025, VolumeKind.BILLED_METERED, 60_000, "billing", null);
        fixture.given(SUPPLY)
                .when(new RecordZoneVolume(ID, 2025, VolumeKind.BILLED_METERED, 60_000.0, " billing "))
                .expectEvents(first);
        fixture.given(SUPPLY, first)
                .when(new RecordZoneVolume(ID, 2025, VolumeKind.BILLED_METERED, 61_000.0, "billing"))
                .expectEvents(new ZoneVolumeRecorded(ID, 2025, VolumeKind.BILLED_METERED, 61_000, "billing", 60_000.0));
        fixture.given(new ZoneRegistered(ID, "Avr", ZoneKind.SEWER_CATCHMENT, null, null, null, null, null, null,
                        1000, "X", null, null, List.of("ps"), List.of()))
                .when(new RecordZoneVolume(ID, 2025, VolumeKind.BILLED_METERED, 1.0, "billing"))
                .expectException(RuleViolated.class);
    }
}
