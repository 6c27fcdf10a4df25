package se.valedger.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.RenewalMethod;

/**
 * One cohort, ten 1 km PVC sewers laid in 1976, forecast from 2026. PVC's service life is L = 60 years
 * (se.valedger.pipe.ServiceLife), shape 4, so S(t) = exp(-(t/60)^4 ln 2) (see CohortSurvivalTest for the method):
 * <pre>
 *  t   (t/60)^4   x ln 2     S          breaks 10 (0.03 S + 0.40 (1 - S)) = 4 - 3.7 S
 *  50  0.482253   0.334272   0.715859   1.351323 -> 1.35
 *  60  1          0.693147   0.5        2.15
 *  70  1.852623   1.284141   0.276888   2.975513 -> 2.98
 *  80  3.160494   2.190687   0.111840   3.586193 -> 3.59
 *  51  0.522006   0.361827   0.696403   need at 50: S(50) - S(51) = 0.019456 -> 1.95 %
 * </pre>
 * Beyond its service life means older than 60: none at 50 and 60 years, all 10 km at 70 and 80.
 */
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
        assertThat(nothing.points()).extracting(ForecastPoint::expectedBreaksPerYear).containsExactly(1.35, 2.15, 2.98, 3.59);
        assertThat(nothing.points()).extracting(ForecastPoint::kmBeyondServiceLife).containsExactly(0.0, 0.0, 10.0, 10.0);
        assertThat(nothing.renewalRatePercentPerYear()).isEqualTo(0.0);
        assertThat(nothing.renewalNeedPercentPerYear()).isEqualTo(1.0);
        assertThat(nothing.modelNeedPercentPerYear()).isEqualTo(1.95);
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
