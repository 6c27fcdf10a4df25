package se.valedger.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valedger.plant.CapacityDimension.FLOW;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;

class TreatmentPlantTest {

    static final String ID = "goviken";
    static final LocalDate D1 = LocalDate.of(2026, 3, 1);
    static final LocalDate D2 = D1.plusDays(1);
    static final LocalDate D3 = D1.plusDays(2);
    static final LocalDate D4 = D1.plusDays(3);
    /** 1,000 pe (70 kg BOD7 a day) and 1,000 m3/d: utilisation in % is measured pe / 10 and m3 / 10. */
    static final Permit PERMIT = new Permit(1000, 1000.0, LocalDate.of(2020, 1, 1), "M 1234-20");
    static final TreatmentPlantRegistered REGISTERED = new TreatmentPlantRegistered(ID, "Göviken", PERMIT, List.of(80, 90));

    FixtureConfiguration<TreatmentPlant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TreatmentPlant.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));
    }

    static RecordPlantMeasurement flow(LocalDate date, double inflowM3) {
        return new RecordPlantMeasurement(ID, date, inflowM3, null, null, null, null, "test", null);
    }

    static PlantMeasurementRecorded flowRecorded(LocalDate date, double inflowM3) {
        return new PlantMeasurementRecorded(ID, date, inflowM3, null, null, null, null, null, "test");
    }

    static double pct(double measured, double permitted) {
        return measured / permitted * 100.0;
    }

    @Test
    void aPlantIsRegisteredWithItsPermitAndTheDefaultThresholdsOf80And90Percent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTreatmentPlant(ID, " Göviken ", PERMIT, null))
                .expectEvents(REGISTERED);
    }

    @Test
    void aThresholdOf100OrMoreIsRefusedBecauseThePermitIsWatchedAnyway() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTreatmentPlant(ID, "Göviken", PERMIT, List.of(80, 100)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aThresholdFiresOnceWhenCrossedAndNotAgainWhileTheLoadStaysAbove() {
        fixture.given(REGISTERED, flowRecorded(D1, 700))
                .when(flow(D2, 850))
                .expectEvents(flowRecorded(D2, 850), new CapacityThresholdCrossed(ID, D2, FLOW, 80, pct(850, 1000)));
        fixture.given(REGISTERED, flowRecorded(D1, 850), new CapacityThresholdCrossed(ID, D1, FLOW, 80, pct(850, 1000)))
                .when(flow(D2, 880))
                .expectEvents(flowRecorded(D2, 880))
                .expectResultMessagePayload(MeasurementOutcome.CREATED);
    }

    @Test
    void fallingBackBelowReArmsTheThresholdSoTheNextCrossingFiresAgain() {
        fixture.given(REGISTERED, flowRecorded(D1, 850), new CapacityThresholdCrossed(ID, D1, FLOW, 80, pct(850, 1000)))
                .when(flow(D2, 700))
                .expectEvents(flowRecorded(D2, 700), new CapacityThresholdCleared(ID, D2, FLOW, 80, pct(700, 1000)));
        fixture.given(REGISTERED, flowRecorded(D1, 850), new CapacityThresholdCrossed(ID, D1, FLOW, 80, pct(850, 1000)),
                        flowRecorded(D2, 700), new CapacityThresholdCleared(ID, D2, FLOW, 80, pct(700, 1000)))
                .when(flow(D3, 810))
                .expectEvents(flowRecorded(D3, 810), new CapacityThresholdCrossed(ID, D3, FLOW, 80, pct(810, 1000)));
    }

    @Test
    void exactlyOnTheThresholdIsNotAbove() {
        fixture.given(REGISTERED)
                .when(flow(D1, 800))
                .expectEvents(flowRecorded(D1, 800));
    }

    @Test
    void aDayAboveQdimFiresTheFlowWarningsAndADesignFlowExceedanceNeverAPermitBreachAndTheFallClearsFromTheTop() {
        fixture.given(REGISTERED)
                .when(flow(D1, 1200))
                .expectEvents(flowRecorded(D1, 1200),
                        new CapacityThresholdCrossed(ID, D1, FLOW, 80, pct(1200, 1000)),
                        new CapacityThresholdCrossed(ID, D1, FLOW, 90, pct(1200, 1000)),
                        new DesignFlowExceeded(ID, D1, "DAILY", null, 1200, 1000));
        // a per-day PermitExceeded stored by the earlier rule stays in the log; the fall clears the warnings only
        fixture.given(REGISTERED, flowRecorded(D1, 1200),
                        new CapacityThresholdCrossed(ID, D1, FLOW, 80, pct(1200, 1000)),
                        new CapacityThresholdCrossed(ID, D1, FLOW, 90, pct(1200, 1000)),
                        new PermitExceeded(ID, D1, FLOW, 1200, 1000, pct(1200, 1000)))
                .when(flow(D2, 850))
                .expectEvents(flowRecorded(D2, 850),
                        new CapacityThresholdCleared(ID, D2, FLOW, 90, pct(850, 1000)));
    }

    @Test
    void loadIsBod7GramsOver70AndWatchedOnTheYearsWeeklyFigureNotTheDay() {
        // 66.5 kg BOD7 = 950 pe = 95 % of 1,000 pe; 500 m3 = 50 % of the design flow
        double pe = 66.5 * 1000 / 70;
        fixture.given(REGISTERED)
                .when(new RecordPlantMeasurement(ID, D1, 500.0, 66.5, 2.1, 30.0, 4.5, "LIMS", null))
                .expectEvents(new PlantMeasurementRecorded(ID, D1, 500.0, 66.5, pe, 2.1, 30.0, 4.5, "LIMS"),
                        new WeeklyLoadLevelCrossed(ID, 2026, 80, "2026-W09", pe, pct(pe, 1000)),
                        new WeeklyLoadLevelCrossed(ID, 2026, 90, "2026-W09", pe, pct(pe, 1000)));
        assertThat(pe).isEqualTo(950.0);
    }

    @Test
    void anIdenticalReSendOfADayChangesNothing() {
        fixture.given(REGISTERED, flowRecorded(D1, 700))
                .when(flow(D1, 700))
                .expectNoEvents()
                .expectResultMessagePayload(MeasurementOutcome.UNCHANGED);
    }

    @Test
    void aSecondMeasurementForADayIsACorrectionWithItsReason() {
        fixture.given(REGISTERED, flowRecorded(D1, 700))
                .when(new RecordPlantMeasurement(ID, D1, 720.0, null, null, null, null, "operator", "meter recalibrated"))
                .expectEvents(new PlantMeasurementCorrected(ID, D1, 720.0, null, null, null, null, null, "operator",
                        "meter recalibrated"))
                .expectResultMessagePayload(MeasurementOutcome.CORRECTED);
    }

    @Test
    void aCorrectionWithoutAReasonSaysItSupersedesTheFirst() {
        fixture.given(REGISTERED, flowRecorded(D1, 700))
                .when(flow(D1, 710))
                .expectEvents(new PlantMeasurementCorrected(ID, D1, 710.0, null, null, null, null, null, "test",
                        "a second measurement for 2026-03-01 from test supersedes the first"));
    }

    @Test
    void labValuesForADayWithOnlyItsFlowKeepTheFlow() {
        double pe = 35.0 * 1000 / 70;
        fixture.given(REGISTERED, flowRecorded(D1, 700))
                .when(new RecordPlantMeasurement(ID, D1, null, 35.0, null, null, null, "LIMS", "lab results"))
                .expectEvents(new PlantMeasurementCorrected(ID, D1, 700.0, 35.0, pe, null, null, null, "LIMS", "lab results"));
    }

    @Test
    void correctingTheLatestDayDownClearsTheThresholdItHadCrossed() {
        fixture.given(REGISTERED, flowRecorded(D1, 850), new CapacityThresholdCrossed(ID, D1, FLOW, 80, pct(850, 1000)))
                .when(new RecordPlantMeasurement(ID, D1, 750.0, null, null, null, null, "operator", "typo: 750"))
                .expectEvents(new PlantMeasurementCorrected(ID, D1, 750.0, null, null, null, null, null, "operator", "typo: 750"),
                        new CapacityThresholdCleared(ID, D1, FLOW, 80, pct(750, 1000)));
    }

    @Test
    void aLateOlderDayIsRecordedButDoesNotMoveTheCurrentCrossings() {
        fixture.given(REGISTERED, flowRecorded(D3, 700))
                .when(flow(D1, 1500))
                .expectEvents(flowRecorded(D1, 1500), new DesignFlowExceeded(ID, D1, "DAILY", null, 1500, 1000));
    }

    @Test
    void aPermitRaisedMidSeriesMeasuresLaterDaysAgainstTheNewPermitAndEarlierOnesAgainstTheOld() {
        Permit raised = new Permit(1000, 2000.0, D3, "M 999-26");
        fixture.given(REGISTERED, flowRecorded(D1, 950),
                        new CapacityThresholdCrossed(ID, D1, FLOW, 80, pct(950, 1000)),
                        new CapacityThresholdCrossed(ID, D1, FLOW, 90, pct(950, 1000)),
                        new PermitChanged(ID, raised))
                // D2 is before the new permit's day: still 95 % of the old one, nothing changes
                .when(flow(D2, 950))
                .expectEvents(flowRecorded(D2, 950));
        fixture.given(REGISTERED, flowRecorded(D1, 950),
                        new CapacityThresholdCrossed(ID, D1, FLOW, 80, pct(950, 1000)),
                        new CapacityThresholdCrossed(ID, D1, FLOW, 90, pct(950, 1000)),
                        new PermitChanged(ID, raised), flowRecorded(D2, 950))
                .when(flow(D3, 950))
                .expectEvents(flowRecorded(D3, 950),
                        new CapacityThresholdCleared(ID, D3, FLOW, 90, pct(950, 2000)),
                        new CapacityThresholdCleared(ID, D3, FLOW, 80, pct(950, 2000)));
    }

    @Test
    void aPermitLoweredMidSeriesMakesTheSameFlowADesignFlowExceedance() {
        fixture.given(REGISTERED, flowRecorded(D1, 700), new PermitChanged(ID, new Permit(1000, 600.0, D2, "M 1-26")))
                .when(flow(D2, 700))
                .expectEvents(flowRecorded(D2, 700),
                        new CapacityThresholdCrossed(ID, D2, FLOW, 80, pct(700, 600)),
                        new CapacityThresholdCrossed(ID, D2, FLOW, 90, pct(700, 600)),
                        new DesignFlowExceeded(ID, D2, "DAILY", null, 700, 600));
    }

    @Test
    void aPermitChangeNeedsItsDecisionReferenceAndIsIdempotent() {
        fixture.given(REGISTERED)
                .when(new ChangePermit(ID, 90_000, 30_000.0, D1, "Länsstyrelsen 551-1234-2026"))
                .expectEvents(new PermitChanged(ID, new Permit(90_000, 30_000.0, D1, "Länsstyrelsen 551-1234-2026")));
        fixture.given(REGISTERED, new PermitChanged(ID, new Permit(90_000, 30_000.0, D1, "L 1")))
                .when(new ChangePermit(ID, 90_000, 30_000.0, D1, "L 1"))
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new ChangePermit(ID, 90_000, 30_000.0, D1, " "))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void implausibleMeasurementsAreRefusedNamingTheField() {
        fixture.given(REGISTERED).when(flow(D1, -5)).expectNoEvents()
                .expectException(InvalidInput.class).expectExceptionMessage("inflowM3 must be 0 to 10000000 m3/d, was -5.0");
        fixture.given(REGISTERED).when(flow(LocalDate.of(2026, 6, 2), 5)).expectNoEvents()
                .expectException(InvalidInput.class);
        fixture.given(REGISTERED)
                .when(new RecordPlantMeasurement(ID, D1, null, null, null, null, null, "x", null))
                .expectNoEvents().expectException(InvalidInput.class);
    }

    @Test
    void aBypassIsRecordedOnceAndItsIdIsNeverReusedForOtherFigures() {
        Instant start = Instant.parse("2026-04-20T03:00:00Z");
        Instant end = Instant.parse("2026-04-20T09:30:00Z");
        BypassRecorded recorded = new BypassRecorded(ID, "b-1", start, end, 1250.0, "Göviken inlet overflow",
                BypassCause.SNOWMELT, "Storsjön");
        RecordBypass command = new RecordBypass(ID, "b-1", start, end, 1250.0, "Göviken inlet overflow",
                BypassCause.SNOWMELT, "Storsjön");
        fixture.given(REGISTERED).when(command).expectEvents(recorded);
        fixture.given(REGISTERED, recorded).when(command).expectNoEvents();
        fixture.given(REGISTERED, recorded)
                .when(new RecordBypass(ID, "b-1", start, end, 99.0, "Göviken inlet overflow", BypassCause.RAIN, null))
                .expectException(RuleViolated.class).expectNoEvents();
        fixture.given(REGISTERED)
                .when(new RecordBypass(ID, "b-2", end, start, 10.0, "P1", BypassCause.RAIN, null))
                .expectException(InvalidInput.class).expectExceptionMessage("a bypass ends after it starts (start 2026-04-20T09:30:00Z, end 2026-04-20T03:00:00Z)");
    }
}
