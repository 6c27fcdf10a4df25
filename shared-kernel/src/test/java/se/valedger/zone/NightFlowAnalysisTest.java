package se.valedger.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NightFlowAnalysisTest {

    static final NightFlowAnalysis.Settings RULE = new NightFlowAnalysis.Settings(LocalTime.of(2, 0),
            LocalTime.of(4, 0), 0.85, 24, 14, 3, 3, 0.5);

    /** Quarter-hour volumes: night use 0.85 m3/h before 05:00, day use above, a leak, noise, a burst. */
    static List<ZoneFlow.Day> series(LocalDate from, int days, double leak, LocalDate burst, double burstM3PerH) {
        Random noise = new Random(19);
        List<ZoneFlow.Day> series = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate date = from.plusDays(d);
            int slots = ZoneFlow.slots(date, 15);
            List<Double> m3 = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                double hour = i / 4.0;
                double use = hour < 5 ? 0.85 : 0.85 + 20 * Math.pow(Math.sin(Math.PI * (hour - 5) / 19), 2);
                double rate = use + leak + (date.isBefore(burst) ? 0 : burstM3PerH) + (noise.nextDouble() - 0.5) * 0.2;
                m3.add(rate / 4);
            }
            series.add(new ZoneFlow.Day(date, 15, m3));
        }
        return series;
    }

    @Test
    void theInjectedLeakageIsRecoveredAndTheBurstNightIsFlagged() {
        LocalDate from = LocalDate.of(2025, 5, 1);
        LocalDate burst = LocalDate.of(2025, 6, 5);
        var result = NightFlowAnalysis.analyse(series(from, 50, 3.0, burst, 2.0), from, from.plusDays(49), RULE);

        assertThat(result.nights()).hasSize(50);
        for (var night : result.nights()) {
            double expected = night.night().isBefore(burst) ? 72 : 120;
            assertThat(night.leakageM3PerDay()).as(night.night().toString()).isCloseTo(expected, within(expected * 0.05));
        }
        assertThat(result.signals()).singleElement().satisfies(s -> {
            assertThat(s.since()).isEqualTo(burst);
            assertThat(s.nightsAbove()).isEqualTo(3);
        });
        assertThat(result.nights().stream().filter(n -> n.signal() != null).map(NightFlowAnalysis.Night::night))
                .containsExactly(burst);
        assertThat(result.nights().get(0).baselineM3PerH()).isNull();
    }

    @Test
    void aNightWithAGapInItsWindowIsSkippedAndSaysSo() {
        LocalDate from = LocalDate.of(2025, 5, 1);
        List<ZoneFlow.Day> days = new ArrayList<>(series(from, 3, 3.0, LocalDate.of(2030, 1, 1), 0));
        List<Double> holed = new ArrayList<>(days.get(1).m3());
        holed.set(12, null);
        days.set(1, new ZoneFlow.Day(days.get(1).date(), 15, holed));
        var result = NightFlowAnalysis.analyse(days, from, from.plusDays(3), RULE);
        assertThat(result.nights()).extracting(NightFlowAnalysis.Night::night).containsExactly(from, from.plusDays(2));
        assertThat(result.skipped()).extracting(NightFlowAnalysis.Skipped::night).containsExactly(from.plusDays(1),
                from.plusDays(3));
        assertThat(result.skipped().get(0).reason()).contains("gap");
        assertThat(result.skipped().get(1).reason()).contains("no meter data");
    }

    @Test
    void twoNightsAboveTheBaselineAreNotYetASignal() {
        LocalDate from = LocalDate.of(2025, 5, 1);
        List<ZoneFlow.Day> days = new ArrayList<>(series(from, 20, 3.0, LocalDate.of(2030, 1, 1), 0));
        var burst = series(from, 20, 6.0, LocalDate.of(2030, 1, 1), 0);
        days.set(16, burst.get(16));
        days.set(17, burst.get(17));
        var result = NightFlowAnalysis.analyse(days, from, from.plusDays(19), RULE);
        assertThat(result.nights().get(16).aboveBaseline()).isTrue();
        assertThat(result.signals()).isEmpty();
    }
}
