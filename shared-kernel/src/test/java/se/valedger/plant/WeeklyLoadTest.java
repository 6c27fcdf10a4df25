package se.valedger.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;

class WeeklyLoadTest {

    static WeeklyLoad.SampleLoad s(String id, String week, double pe) {
        return new WeeklyLoad.SampleLoad(id, week, SampleKind.DAILY_COMPOSITE, pe);
    }

    @Test
    void aWeeksLoadIsTheMeanOfItsSamplesAndTheMaximumLeavesOutUnusualWeeksAndWeeksBelowTheMinimum() {
        List<WeeklyLoad.SampleLoad> samples = List.of(s("a", "2024-W10", 900), s("b", "2024-W10", 500),
                s("c", "2024-W11", 800), s("d", "2024-W12", 2000), s("e", "2023-W52", 5000));

        WeeklyLoad.Year year = WeeklyLoad.of(2024, samples, Map.of("2024-W12", "cloudburst"), 1);

        assertThat(year.samples()).isEqualTo(4);
        assertThat(year.weeks()).extracting(WeeklyLoad.Week::week).containsExactly("2024-W10", "2024-W11", "2024-W12");
        assertThat(year.weeks().get(0).loadPe()).isEqualTo(700.0);
        assertThat(year.weeks().get(0).singleDay()).isFalse();
        assertThat(year.weeks().get(1).singleDay()).isTrue();
        assertThat(year.weeks().get(2).counted()).isFalse();
        assertThat(year.max().week()).isEqualTo("2024-W11");
        assertThat(WeeklyLoad.of(2024, samples, Map.of("2024-W12", "x"), 2).max().week()).isEqualTo("2024-W10");
        assertThat(WeeklyLoad.of(2024, samples, Map.of(), 1).max().week()).isEqualTo("2024-W12");
    }

    @Test
    void aTieGoesToTheEarlierWeekAndAYearWithoutSamplesHasNoMaximum() {
        var year = WeeklyLoad.of(2024, List.of(s("a", "2024-W20", 800), s("b", "2024-W03", 800)), Map.of(), 1);
        assertThat(year.max().week()).isEqualTo("2024-W03");
        assertThat(WeeklyLoad.of(2025, List.of(s("a", "2024-W20", 800)), Map.of(), 1).max()).isNull();
    }

    @Test
    void isoWeeksBelongToTheYearOfTheirThursdayInTheUtilitysCalendar() {
        assertThat(IsoWeeks.of(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(IsoWeeks.of(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
        // 23:30 UTC on Sunday is already Monday in Stockholm: the next week
        assertThat(IsoWeeks.ofPeriod(Instant.parse("2024-03-10T23:30:00Z"), Instant.parse("2024-03-10T23:40:00Z")))
                .isEqualTo("2024-W11");
        assertThat(IsoWeeks.monday("week", "2020-W53")).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThatThrownBy(() -> IsoWeeks.monday("week", "2021-W53")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("weeks 1 to 52");
        assertThatThrownBy(() -> IsoWeeks.monday("week", "2021-7")).isInstanceOf(InvalidInput.class);
    }
}
