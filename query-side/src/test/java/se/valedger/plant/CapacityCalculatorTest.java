package se.valedger.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valedger.plant.CapacityCalculator.BypassRow;
import se.valedger.plant.CapacityCalculator.DayRow;

class CapacityCalculatorTest {

    static final Permit PERMIT = new Permit(1000, 1000.0, LocalDate.of(2000, 1, 1), "M 1");

    static DayRow flow(LocalDate date, double m3) {
        return new DayRow(date, m3, null, null, 0);
    }

    static PlantCapacity.Day day(List<PlantCapacity.Day> days, String date) {
        return days.stream().filter(d -> d.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    @Test
    void theSevenDayMeanAveragesTheMeasuredDaysOfTheLastSevenCalendarDaysWhenAtLeastFourWereMeasured() {
        List<DayRow> rows = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            if (i != 5) {
                rows.add(flow(LocalDate.of(2024, 1, i), 100.0 * i));
            }
        }
        var days = new CapacityCalculator(List.of(PERMIT), List.of(80, 90), rows).days(null, null);

        // Jan 7: 100+200+300+400+600+700 over the 6 measured days (Jan 5 missing)
        assertThat(day(days, "2024-01-07").inflow7DayMeanM3()).isCloseTo(2300.0 / 6, within(1e-9));
        // Jan 4: four measured days, 100..400
        assertThat(day(days, "2024-01-04").inflow7DayMeanM3()).isCloseTo(250.0, within(1e-9));
        assertThat(day(days, "2024-01-03").inflow7DayMeanM3()).isNull();
        assertThat(day(days, "2024-01-07").flowUtilisationPercent()).isCloseTo(70.0, within(1e-9));
        assertThat(day(days, "2024-01-07").load7DayMeanPe()).isNull();
    }

    @Test
    void theTwelveMonthMeanNeedsAWholeYearOfSeriesBehindTheDay() {
        List<DayRow> rows = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() < 2025; d = d.plusDays(1)) {
            rows.add(flow(d, d.getYear() == 2023 ? 1000.0 : 2000.0));
        }
        var days = new CapacityCalculator(List.of(PERMIT), List.of(80, 90), rows).days(null, null);

        assertThat(day(days, "2023-12-30").inflow12MonthMeanM3()).isNull();
        assertThat(day(days, "2023-12-31").inflow12MonthMeanM3()).isCloseTo(1000.0, within(1e-9));
        // 2023-07-01..2023-12-31 is 184 days at 1,000; 2024-01-01..2024-06-30 is 182 days (leap year) at 2,000
        assertThat(day(days, "2024-06-30").inflow12MonthMeanM3())
                .isCloseTo((184 * 1000.0 + 182 * 2000.0) / 366, within(1e-9));
    }

    @Test
    void daysOverEachLevelAreCountedAgainstThePermitValidThatDay() {
        Permit raised = new Permit(1000, 2000.0, LocalDate.of(2024, 1, 3), "M 2");
        List<DayRow> rows = List.of(flow(LocalDate.of(2024, 1, 1), 850), flow(LocalDate.of(2024, 1, 2), 950),
                flow(LocalDate.of(2024, 1, 3), 1900), flow(LocalDate.of(2024, 1, 4), 2100),
                flow(LocalDate.of(2025, 1, 1), 100));
        var calculator = new CapacityCalculator(List.of(PERMIT, raised), List.of(80, 90), rows);
        var years = calculator.years();

        assertThat(years).hasSize(2);
        assertThat(years.get(0).daysOver()).containsExactly(
                new PlantCapacity.DaysOver(80, 0, 4), new PlantCapacity.DaysOver(90, 0, 3),
                new PlantCapacity.DaysOver(100, 0, 1));
        assertThat(years.get(0).meanInflowM3()).isCloseTo((850 + 950 + 1900 + 2100) / 4.0, within(1e-9));
        assertThat(years.get(0).totalInflowM3()).isCloseTo(5800.0, within(1e-9));
        assertThat(years.get(1).daysOver()).allMatch(o -> o.flowDays() == 0);
        assertThat(calculator.newestPermit()).isEqualTo(raised);
        assertThat(day(calculator.days(null, null), "2024-01-03").flowUtilisationPercent()).isCloseTo(95.0, within(1e-9));
    }

    @Test
    void extraneousWaterIsTheInflowAboveTheLowestSevenDayMeanOfTheYear() {
        List<DayRow> rows = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            rows.add(flow(LocalDate.of(2024, 1, i), 100));
        }
        rows.add(flow(LocalDate.of(2024, 1, 8), 400));
        rows.add(flow(LocalDate.of(2024, 1, 9), 100));
        rows.add(flow(LocalDate.of(2024, 1, 10), 250));
        rows.add(flow(LocalDate.of(2025, 1, 1), 300)); // no whole week in 2025: no estimate

        var water = new CapacityCalculator(List.of(PERMIT), List.of(80, 90), rows).extraneousWater();

        var year2024 = water.years().get(0);
        assertThat(year2024.dryWeatherFlowM3PerDay()).isCloseTo(100.0, within(1e-9));
        assertThat(year2024.totalInflowM3()).isCloseTo(1450.0, within(1e-9));
        assertThat(year2024.extraneousM3()).isCloseTo(300.0 + 150.0, within(1e-9));
        assertThat(year2024.extraneousShare()).isCloseTo(450.0 / 1450.0, within(1e-9));
        assertThat(water.years().get(1).dryWeatherFlowM3PerDay()).isNull();
        assertThat(water.years().get(1).extraneousShare()).isNull();
        assertThat(water.method()).contains("lowest mean inflow of 7");
    }

    @Test
    void aSteadilyGrowingTwelveMonthMeanIsForecastToReachThePermitInTheYearTheLineCrossesIt() {
        // inflow grows 10 m3/d every day from 10,000 on 2020-01-01; its 12-month mean lags half a year behind:
        // 10,000 + 10 (i - 182). It reaches 31,900 m3/d at i = 2,372, i.e. about 2026-07-01.
        List<DayRow> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 1461; i++) {
            rows.add(flow(start.plusDays(i), 10_000 + 10.0 * i));
        }
        Permit permit = new Permit(100_000, 31_900.0, start, "M 3");

        var trend = new CapacityCalculator(List.of(permit), List.of(80, 90), rows).forecast().flow();

        assertThat(trend.status()).isEqualTo("REACHED");
        assertThat(trend.yearPermitReached()).isEqualTo(2026);
        assertThat(trend.slopePerYear()).isCloseTo(3652.5, within(10.0));
        assertThat(trend.basisFrom()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(trend.points()).isEqualTo(1461 - 365);
        assertThat(new CapacityCalculator(List.of(permit), List.of(80, 90), rows).forecast().load().status())
                .isEqualTo("INSUFFICIENT_DATA");
    }

    @Test
    void aFallingOrAlreadyTooHighMeanIsSaidSoRatherThanGivenAYear() {
        List<DayRow> falling = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 800; i++) {
            falling.add(flow(start.plusDays(i), 20_000 - 5.0 * i));
        }
        var fallingTrend = new CapacityCalculator(List.of(new Permit(1, 30_000.0, start, "x")), List.of(80), falling)
                .forecast().flow();
        assertThat(fallingTrend.status()).isEqualTo("NOT_ON_CURRENT_TREND");
        assertThat(fallingTrend.yearPermitReached()).isNull();

        var over = new CapacityCalculator(List.of(new Permit(1, 10_000.0, start, "x")), List.of(80), falling)
                .forecast().flow();
        assertThat(over.status()).isEqualTo("ALREADY_EXCEEDED");
    }

    @Test
    void bypassesAreTotalledPerYearAndCause() {
        var totals = CapacityCalculator.bypassTotals(List.of(new BypassRow(2024, BypassCause.RAIN, 100),
                new BypassRow(2024, BypassCause.RAIN, 50.5), new BypassRow(2024, BypassCause.SNOWMELT, 7),
                new BypassRow(2023, BypassCause.RAIN, 1)));
        assertThat(totals).containsExactly(
                new PlantCapacity.BypassTotal(2023, BypassCause.RAIN, 1, 1.0),
                new PlantCapacity.BypassTotal(2024, BypassCause.RAIN, 2, 150.5),
                new PlantCapacity.BypassTotal(2024, BypassCause.SNOWMELT, 1, 7.0));
    }
}
