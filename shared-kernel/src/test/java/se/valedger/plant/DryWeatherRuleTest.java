package se.valedger.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DryWeatherRuleTest {

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 1, 1);

    @Test
    void aDayIsDryOnlyWhenItAndTheDayBeforeAreRecordedAtOrBelowTheThreshold() {
        Map<LocalDate, DryWeatherRule.Day> series = new HashMap<>();
        series.put(LocalDate.of(2023, 12, 31), new DryWeatherRule.Day(null, 0.0));
        series.put(LocalDate.of(2024, 1, 1), new DryWeatherRule.Day(null, 1.0));
        series.put(LocalDate.of(2024, 1, 2), new DryWeatherRule.Day(null, 1.1));
        series.put(LocalDate.of(2024, 1, 3), new DryWeatherRule.Day(null, 0.0));
        series.put(LocalDate.of(2024, 1, 4), new DryWeatherRule.Day(null, 0.0));
        series.put(LocalDate.of(2024, 1, 6), new DryWeatherRule.Day(5000.0, 0.0));

        var dry = DryWeatherRule.defaults().dryDays(FROM, TO, series);

        assertThat(dry.basis()).isEqualTo(DryWeatherBasis.PRECIPITATION);
        // 1 Jan: 1.0 mm is at the threshold and 31 Dec (the year before) was dry; 2 Jan 1.1 mm is wet; 3 Jan follows a
        // wet day; 6 Jan follows an unrecorded day
        assertThat(dry.days()).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 4));
        assertThat(dry.rule()).startsWith("ASSUMED");

        var sameDayOnly = new DryWeatherRule(1.0, 0, 50, false).dryDays(FROM, TO, series);
        assertThat(sameDayOnly.days()).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3),
                LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 6));
        assertThat(sameDayOnly.rule()).doesNotContain("ASSUMED");
    }

    @Test
    void withoutRainTheInflowPercentileDecidesInterpolatedBetweenRanks() {
        Map<LocalDate, DryWeatherRule.Day> series = new HashMap<>();
        double[] flows = {1000, 4000, 2000, 3000};
        for (int i = 0; i < flows.length; i++) {
            series.put(FROM.plusDays(i), new DryWeatherRule.Day(flows[i], null));
        }
        series.put(LocalDate.of(2023, 12, 31), new DryWeatherRule.Day(10.0, null)); // the year before: not counted

        var median = DryWeatherRule.defaults().dryDays(FROM, TO, series);
        assertThat(median.basis()).isEqualTo(DryWeatherBasis.INFLOW_PERCENTILE);
        assertThat(median.days()).containsExactly(FROM, FROM.plusDays(2));
        assertThat(median.rule()).contains("4 daily inflows, 2500.0 m3/d");
        assertThat(DryWeatherRule.percentile(List.of(1000.0, 2000.0, 3000.0, 4000.0), 20)).isCloseTo(1600, within(1e-9));
        assertThat(new DryWeatherRule(1, 1, 100, false).dryDays(FROM, TO, series).days()).hasSize(4);
    }

    @Test
    void withNeitherSeriesNoDayIsDryAndBadSettingsAreRefused() {
        var none = DryWeatherRule.defaults().dryDays(FROM, TO, Map.of());
        assertThat(none.basis()).isEqualTo(DryWeatherBasis.NONE);
        assertThat(none.days()).isEmpty();
        assertThatThrownBy(() -> new DryWeatherRule(1, 1, 101, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DryWeatherRule(-1, 1, 50, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
