package se.valedger.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.valedger.inspection.ConditionSource;
import se.valedger.pipe.NetworkKind;

/**
 * The fixture network of issue 17's named cases, all DN 200 wastewater sewers of consequence class 3 (consequence
 * round(0.6 + 0.9 + 1.2) = 3 each), so risk follows likelihood. Service lives: concrete 75, PVC 60 years.
 * <pre>
 *  case                          laid    length  inspected         structural class   breaks  likelihood
 *  young class 4                 5 y     100 m   30 days ago       4 (inspector)      0       5
 *  collapse (BAC C)              40 y    100 m   10 days ago       4 (inspector)      0       5
 *  old uninspected               100 y   120 m   never             -                  0       0.6x5+0.3x1+0.1x3 = 3.6 -> 4
 *  20 m pipe with one break      30 y     20 m   never             -                  1       0.6x2+0.3x3+0.1x1 = 2.2 -> 2
 *  old, class 1 last year        100 y   120 m   365 days ago      1 (inspector)      0       0.93x1+0.07x3.6 = 1.2 -> 1
 *  root intrusion (operational)  30 y    100 m   30 days ago       none observed      0       1
 * </pre>
 * A VA engineer's order: collapse and young class 4 first, then the old uninspected pipe, then the short pipe with
 * one break, then the old pipe proven good and the pipe whose only finding is roots (a cleaning job, not renewal).
 */
class LikelihoodFromEvidenceTest {

    static RiskInputs inspected(int ageYears, int serviceLife, double lengthM, Integer structuralClass,
                                double inspectedYearsAgo, int breaks) {
        return new RiskInputs(true, structuralClass, ConditionSource.INSPECTOR, inspectedYearsAgo, false, ageYears,
                serviceLife, breaks, 10, lengthM, 200, NetworkKind.WASTEWATER, 3);
    }

    static RiskInputs uninspected(int ageYears, int serviceLife, double lengthM, int breaks) {
        return new RiskInputs(false, null, null, null, false, ageYears, serviceLife, breaks, 10, lengthM, 200,
                NetworkKind.WASTEWATER, 3);
    }

    static final RiskScore YOUNG_CLASS_4 = RiskScore.of(inspected(5, 60, 100, 4, 30 / 365.25, 0));
    static final RiskScore COLLAPSE = RiskScore.of(inspected(40, 75, 100, 4, 10 / 365.25, 0));
    static final RiskScore OLD_UNINSPECTED = RiskScore.of(uninspected(100, 75, 120, 0));
    static final RiskScore SHORT_PIPE_ONE_BREAK = RiskScore.of(uninspected(30, 60, 20, 1));
    static final RiskScore OLD_CLASS_1_LAST_YEAR = RiskScore.of(inspected(100, 75, 120, 1, 1.0, 0));
    static final RiskScore ROOT_INTRUSION = RiskScore.of(inspected(30, 60, 100, null, 30 / 365.25, 0));

    static RiskFactor factor(RiskScore score, String code) {
        return score.factors().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow();
    }

    @Test
    void aYoungPipeWithAClassFourDefectOutranksAnOldUninspectedPipeBecauseTheInspectorsClassDecides() {
        assertThat(YOUNG_CLASS_4.likelihood()).isEqualTo(5);
        assertThat(OLD_UNINSPECTED.likelihood()).isEqualTo(4);
        assertThat(YOUNG_CLASS_4.score()).isGreaterThan(OLD_UNINSPECTED.score());
    }

    @Test
    void aCollapseRanksWithTheClassFourPipeAndAboveTheOldUninspectedPipeBecauseItIsFailingNow() {
        assertThat(COLLAPSE.likelihood()).isEqualTo(5);
        assertThat(COLLAPSE.score()).isEqualTo(YOUNG_CLASS_4.score());
        assertThat(COLLAPSE.score()).isGreaterThan(OLD_UNINSPECTED.score());
    }

    @Test
    void anOldUninspectedPipeOutranksAnOldPipeInspectedClassOneLastYearBecauseEvidenceOfGoodConditionBeatsAge() {
        assertThat(OLD_CLASS_1_LAST_YEAR.likelihood()).isEqualTo(1);
        assertThat(OLD_UNINSPECTED.score()).isGreaterThan(OLD_CLASS_1_LAST_YEAR.score());
    }

    @Test
    void anOldUninspectedPipeOutranksATwentyMetrePipeWithOneBreakBecauseOneBreakIsNotFiftyBreaksPerKm() {
        assertThat(SHORT_PIPE_ONE_BREAK.likelihood()).isEqualTo(2);
        assertThat(OLD_UNINSPECTED.score()).isGreaterThan(SHORT_PIPE_ONE_BREAK.score());
        RiskFactor breaks = factor(SHORT_PIPE_ONE_BREAK, "breaks");
        assertThat(breaks.points()).isEqualTo(3);
        assertThat(breaks.value()).isEqualTo("1 break of the pipe itself in 10 years");
        assertThat(factor(SHORT_PIPE_ONE_BREAK, "length").points()).isEqualTo(1);
        assertThat(factor(SHORT_PIPE_ONE_BREAK, "length").value()).isEqualTo("20 m");
        assertThat(breaks.valueKey()).isEqualTo("risk.value.breaks");
        assertThat(breaks.args()).containsExactly("1", "10");
    }

    @Test
    void theTwentyMetrePipeWithABreakOutranksTheOldPipeProvenGoodLastYearBecauseABreakIsAFailureThatHappened() {
        assertThat(SHORT_PIPE_ONE_BREAK.score()).isGreaterThan(OLD_CLASS_1_LAST_YEAR.score());
    }

    @Test
    void rootIntrusionDoesNotRaiseTheRenewalLikelihoodBecauseRenewalRanksOnTheStructuralClass() {
        assertThat(ROOT_INTRUSION.likelihood()).isEqualTo(1);
        assertThat(YOUNG_CLASS_4.score()).isGreaterThan(ROOT_INTRUSION.score());
        assertThat(OLD_UNINSPECTED.score()).isGreaterThan(ROOT_INTRUSION.score());
        assertThat(factor(ROOT_INTRUSION, "structuralCondition").value()).startsWith("no structural defect observed");
        assertThat(factor(ROOT_INTRUSION, "structuralCondition").valueKey()).isEqualTo("risk.value.noDefectObserved");
    }

    @Test
    void anUninspectedPipeSaysSoFirstInItsExplanation() {
        RiskFactor first = OLD_UNINSPECTED.factors().get(0);
        assertThat(first.code()).isEqualTo("notInspected");
        assertThat(first.value()).isEqualTo("not inspected");
        assertThat(first.valueKey()).isEqualTo("risk.value.notInspected");
        assertThat(YOUNG_CLASS_4.factors().get(0).valueKey()).isEqualTo("risk.value.inspectorClass");
        assertThat(YOUNG_CLASS_4.factors().get(0).args()).containsExactly("4", "0.1");
    }

    @Test
    void theOlderTheInspectionTheMoreAgeWeighsBackInWithTheHalfLife() {
        assertThat(RiskModel.DEFAULTS.ageWeight(0)).isZero();
        assertThat(RiskModel.DEFAULTS.ageWeight(10)).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        // The old class-1 pipe: 1 last year, 0.5 x 1 + 0.5 x 3.6 = 2.3 -> 2 after ten years, 3 after forty.
        assertThat(RiskScore.of(inspected(100, 75, 120, 1, 10, 0)).likelihood()).isEqualTo(2);
        assertThat(RiskScore.of(inspected(100, 75, 120, 1, 40, 0)).likelihood()).isEqualTo(3);
        RiskModel shortHalfLife = new RiskModel(2, 10);
        assertThat(RiskScore.of(inspected(100, 75, 120, 1, 10, 0), shortHalfLife).likelihood()).isEqualTo(4);
        assertThat(factor(RiskScore.of(inspected(100, 75, 120, 1, 10, 0)), "age").weight()).isEqualTo(0.3);
    }

    @Test
    void aRiskModelOutsideItsRangeIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RiskModel(0, 10))
                .hasMessageContaining("half-life");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RiskModel(10, 0))
                .hasMessageContaining("break window");
    }

    @Test
    void anOpenLeakIsAFailureThatHasHappened() {
        RiskInputs leak = new RiskInputs(false, null, null, null, true, 5, 60, 0, 10, 100.0, 200,
                NetworkKind.WASTEWATER, 3);
        assertThat(RiskScore.of(leak).likelihood()).isEqualTo(5);
    }
}
