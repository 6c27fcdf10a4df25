package se.valedger.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;

/** One cohort, ten 1 km PVC sewers laid in 1976, forecast from 2026 (see CohortSurvivalTest for the sums). */
class RenewalForecastTest {

    static final List<NetworkPipe> COHORT = IntStream.range(0, 10)
            .mapToObj(i -> new NetworkPipe("P" + i, NetworkKind.WASTEWATER, Material.PVC, 200, 1000, 1976, 3, null))
            .toList();

    static RenewalForecast forecast(RenewalUnitCosts costs) {
        return new RenewalForecast(new RenewalProposer(costs, RenewalSeams.RISK), RenewalSeams.SERVICE_LIFE,
                CohortSurvival.DEFAULT);
    }

    @Test
    void doingNothingAgesTheCohortAsTheSurvivalCurveSays() {
        StrategyForecast nothing = forecast(RenewalUnitCosts.swedishDefaults())
                .forecast(COHORT, 2026, 10_000_000, ProposalStrategy.DO_NOTHING);

        assertThat(nothing.points()).extracting(ForecastPoint::afterYears).containsExactly(0, 10, 20, 30);
        assertThat(nothing.points()).extracting(ForecastPoint::meanAgeYears).containsExactly(50.0, 60.0, 70.0, 80.0);
        // 10 km · (0.03 S + 0.40 (1 - S)) with S(50) = 0.957603, S(60) = 0.914085, S(70) = 0.846687, S(80) = 0.752832
        assertThat(nothing.points()).extracting(ForecastPoint::expectedBreaksPerYear).containsExactly(0.46, 0.62, 0.87, 1.21);
        assertThat(nothing.points()).extracting(ForecastPoint::kmBeyondServiceLife).containsOnly(0.0);
        assertThat(nothing.renewalRatePercentPerYear()).isEqualTo(0.0);
        assertThat(nothing.renewalNeedPercentPerYear()).isEqualTo(1.0);
        // S(50) - S(51) = 0.003414 of the length: 0.34 % a year
        assertThat(nothing.modelNeedPercentPerYear()).isEqualTo(0.34);
    }

    @Test
    void aBudgetForOnePipeAYearRenewsTenPercentAndKeepsTheCohortYoung() {
        // 1 000 SEK/m makes every 1 km pipe cost 1 000 000 SEK: one pipe a year.
        RenewalForecast model = forecast(RenewalUnitCosts.swedishDefaults().with(RenewalMethod.RELINING, 300, 1_000));
        StrategyForecast oldest = model.forecast(COHORT, 2026, 1_000_000, ProposalStrategy.OLDEST_FIRST);

        assertThat(oldest.renewalRatePercentPerYear()).isEqualTo(10.0);
        // renewed 2026..2035, so in 2036 the ages are 10, 9, ..., 1: mean 5.5; the cycle then repeats.
        assertThat(oldest.points()).extracting(ForecastPoint::meanAgeYears).containsExactly(50.0, 5.5, 5.5, 5.5);
        StrategyForecast nothing = model.forecast(COHORT, 2026, 1_000_000, ProposalStrategy.DO_NOTHING);
        assertThat(oldest.points().get(3).expectedBreaksPerYear())
                .isLessThan(nothing.points().get(3).expectedBreaksPerYear());
    }

    @Test
    void theStrategiesAreComparedSideBySide() {
        List<StrategyForecast> all = forecast(RenewalUnitCosts.swedishDefaults())
                .compare(RenewalProposerTest.NETWORK, 2027, 1_000_000);
        assertThat(all).extracting(StrategyForecast::strategy).containsExactly(ProposalStrategy.values());
        assertThat(all).allSatisfy(f -> assertThat(f.points()).hasSize(4));
    }
}
