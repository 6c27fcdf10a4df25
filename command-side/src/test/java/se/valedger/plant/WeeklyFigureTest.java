package se.valedger.plant;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/** The permit is compared on the year's maximum average weekly load, never on a day. */
class WeeklyFigureTest {

    static final String ID = "p";
    /** 1,000 pe = 70 kg BOD7 a day. */
    static final Permit PERMIT = new Permit(1000, 1000.0, LocalDate.of(2020, 1, 1), "M 1-20");
    static final TreatmentPlantRegistered REGISTERED = new TreatmentPlantRegistered(ID, "P", PERMIT, List.of(80, 90));
    /** Monday of 2024-W10. */
    static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    FixtureConfiguration<TreatmentPlant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TreatmentPlant.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));
    }

    static double pct(double pe) {
        return pe / 1000 * 100.0;
    }

    static LabSampleRecorded sampled(String id, LocalDate day, double kgPerDay) {
        Instant start = UtilityTime.startOfDay(day);
        Instant end = UtilityTime.startOfDay(day.plusDays(1));
        return new LabSampleRecorded(ID, id, SampleKind.DAILY_COMPOSITE, start, end, IsoWeeks.of(day), null, null,
                List.of(new SampleValue(LabParameter.BOD7, kgPerDay, LabUnit.KG_PER_DAY)), kgPerDay, "BOD7 as measured",
                null, PersonEquivalents.fromBod7Kg(kgPerDay), null, null, "test");
    }

    static RecordLabSample sample(String id, LocalDate day, double kgPerDay) {
        return new RecordLabSample(ID, id, null, day, null, null, null,
                List.of(new SampleValue(LabParameter.BOD7, kgPerDay, LabUnit.KG_PER_DAY)), "test");
    }

    @Test
    void aSingleHighDayInAWeekOfDailySamplesFiresNoPermittedLoadExceeded() {
        List<Object> given = new ArrayList<>(List.of(REGISTERED));
        for (int d = 0; d < 6; d++) {
            given.add(sampled("s" + d, MONDAY.plusDays(d), 35.0));
        }
        // the seventh day is twice the permit (140 kg = 2,000 pe); the week averages (6 x 500 + 2,000) / 7 = 714 pe
        fixture.given(given)
                .when(sample("s6", MONDAY.plusDays(6), 140.0))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(LabSampleRecorded.class), andNoMore())));
    }

    @Test
    void aWeekAveragingAboveThePermitFiresTheWarningsAndPermittedLoadExceededOnce() {
        double pe = 77.0 * 1000 / 70;
        fixture.given(REGISTERED, sampled("a", MONDAY, 77.0))
                .when(sample("b", MONDAY.plusDays(2), 77.0))
                .expectEvents(sampled("b", MONDAY.plusDays(2), 77.0),
                        new WeeklyLoadLevelCrossed(ID, 2024, 80, "2024-W10", pe, pct(pe)),
                        new WeeklyLoadLevelCrossed(ID, 2024, 90, "2024-W10", pe, pct(pe)),
                        new PermittedLoadExceeded(ID, 2024, "2024-W10", PermitBasis.MAX_AVERAGE_WEEKLY_LOAD, pe, 1000,
                                pct(pe)));
        // a second high week the same year moves no level: the year is already above the permit
        fixture.given(REGISTERED, sampled("a", MONDAY, 77.0),
                        new PermittedLoadExceeded(ID, 2024, "2024-W10", PermitBasis.MAX_AVERAGE_WEEKLY_LOAD, pe, 1000, pct(pe)))
                .when(sample("c", MONDAY.plusDays(7), 84.0))
                .expectEvents(sampled("c", MONDAY.plusDays(7), 84.0));
    }

    @Test
    void markingTheOnlyHighWeekUnusualBringsTheYearBackWithinThePermitAndWithdrawingItFiresAgain() {
        double pe = 77.0 * 1000 / 70;
        double usual = 35.0 * 1000 / 70;
        List<Object> given = List.of(REGISTERED, sampled("a", MONDAY, 77.0), sampled("b", MONDAY.plusDays(14), 35.0),
                new WeeklyLoadLevelCrossed(ID, 2024, 80, "2024-W10", pe, pct(pe)),
                new WeeklyLoadLevelCrossed(ID, 2024, 90, "2024-W10", pe, pct(pe)),
                new PermittedLoadExceeded(ID, 2024, "2024-W10", PermitBasis.MAX_AVERAGE_WEEKLY_LOAD, pe, 1000, pct(pe)));
        fixture.given(given)
                .when(new MarkWeekUnusual(ID, "2024-W10", "cloudburst", "petra"))
                .expectEvents(new WeekMarkedUnusual(ID, "2024-W10", "cloudburst", "petra"),
                        new PermittedLoadWithinAgain(ID, 2024, "2024-W12", PermitBasis.MAX_AVERAGE_WEEKLY_LOAD, usual, 1000,
                                pct(usual)),
                        new WeeklyLoadLevelCleared(ID, 2024, 90, "2024-W12", usual, pct(usual)),
                        new WeeklyLoadLevelCleared(ID, 2024, 80, "2024-W12", usual, pct(usual)));
        fixture.given(given)
                .when(new MarkWeekUnusual(ID, "2024-w10", "x", "petra"))
                .expectException(InvalidInput.class);
    }

    @Test
    void anAnnualMeanPermitIsComparedOnTheMeanOfTheWeeksNotTheirMaximum() {
        Permit annual = new Permit(1000, 1000.0, LocalDate.of(2020, 1, 1), "M 2-20", null, PermitBasis.ANNUAL_MEAN);
        fixture.given(new TreatmentPlantRegistered(ID, "P", annual, List.of(80, 90)), sampled("a", MONDAY, 77.0))
                // weeks of 1,100 and 300 pe: maximum 110 %, mean 70 %: nothing fires
                .when(sample("b", MONDAY.plusDays(7), 21.0))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(LabSampleRecorded.class), andNoMore())));
    }
}
