package se.valedger.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * One cohort by hand: 10 km of PVC, service life L = 100 years, shape β = 4.
 * η = L / (ln 2)^(1/4) = 100 / 0.912444 = 109.596.
 * At 50 years: (50/η)^4 = 0.5^4 · ln 2 = 0.0625 · 0.693147 = 0.043322; S = e^-0.043322 = 0.957603.
 * Breaks: 10 · (0.03 · 0.957603 + 0.40 · 0.042397) = 10 · (0.028728 + 0.016959) = 0.45687 a year.
 * At 80 years: 0.8^4 · ln 2 = 0.4096 · 0.693147 = 0.283913; S = 0.752832;
 * breaks 10 · (0.03 · 0.752832 + 0.40 · 0.247168) = 1.21452 a year.
 * Need at 50: S(50) − S(51), with S(51) = e^-(0.51^4 · ln 2) = e^-0.046895 = 0.954190, is 0.003414.
 */
class CohortSurvivalTest {

    final CohortSurvival model = CohortSurvival.DEFAULT;

    @Test
    void halfOfACohortHasReachedTheEndOfItsLifeAtItsServiceLife() {
        assertThat(model.scale(100)).isCloseTo(109.596, within(0.001));
        assertThat(model.survival(100, 100)).isCloseTo(0.5, within(1e-9));
        assertThat(model.survival(0, 100)).isEqualTo(1.0);
    }

    @Test
    void aFiftyYearOldPvcCohortMatchesTheHandCalculation() {
        assertThat(model.survival(50, 100)).isCloseTo(0.957603, within(1e-6));
        assertThat(model.expectedBreaksPerYear(10, 50, 100)).isCloseTo(0.45687, within(1e-5));
        assertThat(model.endOfLifeWithinNextYear(50, 100)).isCloseTo(0.003414, within(1e-6));
    }

    @Test
    void anEightyYearOldPvcCohortBreaksMoreOften() {
        assertThat(model.survival(80, 100)).isCloseTo(0.752832, within(1e-6));
        assertThat(model.expectedBreaksPerYear(10, 80, 100)).isCloseTo(1.21452, within(1e-5));
    }
}
