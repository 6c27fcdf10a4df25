package se.valedger.plant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PermitUtilisationTest {

    static final Permit FIRST = new Permit(1000, 1000.0, LocalDate.of(2020, 1, 1), "M 1-20");
    static final Permit SECOND = new Permit(2000, 1500.0, LocalDate.of(2024, 7, 1), "M 2-24");

    static TreeMap<LocalDate, Permit> history() {
        TreeMap<LocalDate, Permit> permits = new TreeMap<>();
        permits.put(SECOND.validFrom(), SECOND);
        permits.put(FIRST.validFrom(), FIRST);
        return permits;
    }

    @Test
    void aDayIsMeasuredAgainstThePermitValidOnItFromItsFirstDayOn() {
        assertThat(PermitUtilisation.permitOn(history(), LocalDate.of(2024, 6, 30))).isEqualTo(FIRST);
        assertThat(PermitUtilisation.permitOn(history(), LocalDate.of(2024, 7, 1))).isEqualTo(SECOND);
        assertThat(PermitUtilisation.permitOn(history(), LocalDate.of(2030, 1, 1))).isEqualTo(SECOND);
    }

    @Test
    void aDayBeforeTheFirstPermitIsMeasuredAgainstTheFirst() {
        assertThat(PermitUtilisation.permitOn(history(), LocalDate.of(2019, 12, 31))).isEqualTo(FIRST);
    }

    @Test
    void loadCountsAgainstThePermittedPersonEquivalentsAndFlowAgainstTheDesignFlow() {
        assertThat(PermitUtilisation.permitted(SECOND, CapacityDimension.LOAD)).isEqualTo(2000.0);
        assertThat(PermitUtilisation.permitted(SECOND, CapacityDimension.FLOW)).isEqualTo(1500.0);
        assertThat(PermitUtilisation.utilisation(1200.0, 1500.0)).isEqualTo(80.0);
        assertThat(PermitUtilisation.utilisation(null, 1500.0)).isNull();
    }

    @Test
    void theLevelsAreTheThresholdsAndThePermitAndALevelIsPassedOnlyWhenUtilisationIsAboveIt() {
        List<Integer> levels = PermitUtilisation.levels(List.of(80, 90));
        assertThat(levels).containsExactly(80, 90, 100);
        assertThat(PermitUtilisation.highestPassed(levels, 80.0)).isZero();
        assertThat(PermitUtilisation.highestPassed(levels, 80.01)).isEqualTo(80);
        assertThat(PermitUtilisation.highestPassed(levels, 95.0)).isEqualTo(90);
        assertThat(PermitUtilisation.highestPassed(levels, 100.5)).isEqualTo(100);
        assertThat(PermitUtilisation.over(null, 80)).isFalse();
        assertThat(PermitUtilisation.over(100.0, 100)).isFalse();
    }

    @Test
    void clearingALevelLeavesThePlantAtTheNextLevelBelowIt() {
        List<Integer> levels = PermitUtilisation.levels(List.of(80, 90));
        assertThat(PermitUtilisation.below(levels, 100)).isEqualTo(90);
        assertThat(PermitUtilisation.below(levels, 90)).isEqualTo(80);
        assertThat(PermitUtilisation.below(levels, 80)).isZero();
    }
}
