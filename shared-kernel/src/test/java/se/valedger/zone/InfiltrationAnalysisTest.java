package se.valedger.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfiltrationAnalysisTest {

    static final InfiltrationAnalysis.Settings RULE = new InfiltrationAnalysis.Settings(0.2, 1.2, 1.5, true);

    /** Hourly: infiltration 40 m3/h, wastewater of 10,000 persons (night 15 m3/h, day 100 m3/h), rain on some days. */
    static List<ZoneFlow.Day> year(int rainyEvery, double rainM3PerH) {
        List<ZoneFlow.Day> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            int hours = ZoneFlow.slots(d, 60);
            List<Double> m3 = new ArrayList<>();
            boolean rain = d.getDayOfYear() % rainyEvery == 0;
            for (int h = 0; h < hours; h++) {
                double wastewater = h < 5 ? 15 : 100;
                m3.add(40 + wastewater + (rain && h >= 10 && h < 16 ? rainM3PerH : 0));
            }
            days.add(new ZoneFlow.Day(d, 60, m3));
        }
        return days;
    }

    @Test
    void theInfiltrationOfAKnownSeriesIsRecovered() {
        var r = InfiltrationAnalysis.analyse(2024, year(5, 300), 8.0, 10_000, RULE);
        assertThat(r.completeDays()).isEqualTo(366);
        assertThat(r.wetDays()).isEqualTo(73);
        assertThat(r.dryDays()).isEqualTo(293);
        // night minimum 55 m3/h - 10,000 x 1.5 l/h = 40 m3/h of infiltration, 960 m3/day
        assertThat(r.infiltrationM3PerDay()).isCloseTo(960.0, within(1e-9));
        assertThat(r.infiltrationM3PerKmPerDay()).isCloseTo(120.0, within(1e-9));
        assertThat(r.infiltrationLitresPerPersonPerDay()).isCloseTo(96.0, within(1e-9));
        // rain adds 6 h x 300 m3/h = 1,800 m3 on each of 73 days (the DST days' 23/25 hours shift the dry mean a little)
        assertThat(r.rainDependentInflowM3()).isCloseTo(73 * 1_800.0, within(73 * 1_800.0 * 0.01));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("ASSUMED"));
    }

    @Test
    void daysWithGapsAreLeftOutAndSaid() {
        List<ZoneFlow.Day> days = new ArrayList<>(year(5, 300));
        List<Double> holed = new ArrayList<>(days.get(10).m3());
        holed.set(3, null);
        days.set(10, new ZoneFlow.Day(days.get(10).date(), 60, holed));
        var r = InfiltrationAnalysis.analyse(2024, days, 8.0, 10_000, RULE);
        assertThat(r.completeDays()).isEqualTo(365);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("1 days of 2024 have gaps"));
    }
}
