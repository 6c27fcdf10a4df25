package se.valedger.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InspectorClassesDecideTest {

    static Observation obs(String code, String c1, String q1, Integer inspectorClass) {
        return new Observation(1.0, code, c1, null, q1, null, 12, null, false, null, null, inspectorClass);
    }

    static PipeCondition decide(Integer structural, Integer operational, Observation... observations) {
        List<Observation> list = List.of(observations);
        return InspectorClassesDecide.decide(list, list.isEmpty() ? null : ConditionGrading.grade(list), structural,
                operational, null);
    }

    @Test
    void theInspectorsClassWinsOverTheDerivedClassAndBothAreShown() {
        // BAB-B 2 mm: VA Ledger estimates class 2; the inspector in the field said 3.
        PipeCondition c = decide(null, null, obs("BAB", "B", "2", 3));
        assertThat(c.structuralClass()).isEqualTo(3);
        assertThat(c.source()).isEqualTo(ConditionSource.INSPECTOR);
        assertThat(c.structuralBasis()).isEqualTo(ConditionBasis.OBSERVATION_CLASSES);
        assertThat(c.derivedStructuralClass()).isEqualTo(2);
        assertThat(c.estimateDiffers()).isTrue();
        assertThat(c.ruleTableVersion()).isEqualTo(GradingRules.VERSION).isEqualTo("VAL-DERIVED-2026.1");
    }

    @Test
    void thePipesConditionIsTheWorstClassTheInspectorGavePerAspect() {
        PipeCondition c = decide(null, null, obs("BAB", "B", "2", 2), obs("BAJ", "A", "30", 4), obs("BBA", "A", "5", 1),
                obs("BBC", "A", "30", 3));
        assertThat(c.structuralClass()).isEqualTo(4);
        assertThat(c.operationalClass()).isEqualTo(3);
        assertThat(c.rule()).isEqualTo(InspectorClassesDecide.NAME);
    }

    @Test
    void withoutTheInspectorsClassVaLedgersEstimateIsTheConditionMarkedDerived() {
        PipeCondition c = decide(null, null, obs("BAC", "C", null, null));
        assertThat(c.structuralClass()).isEqualTo(4);
        assertThat(c.source()).isEqualTo(ConditionSource.DERIVED);
        assertThat(c.structuralBasis()).isEqualTo(ConditionBasis.RULE_TABLE);
        assertThat(c.estimateDiffers()).isFalse();
    }

    @Test
    void noDefectObservedIsItsOwnStateNotClassOne() {
        PipeCondition c = decide(null, null, obs("BCA", "A", null, null), obs("BAB", "B", "1", 1));
        assertThat(c.operationalClass()).isNull();
        assertThat(c.operationalDefectObserved()).isFalse();
        assertThat(c.operationalBasis()).isEqualTo(ConditionBasis.NO_DEFECT_OBSERVED);
        assertThat(c.structuralClass()).isEqualTo(1);
        assertThat(c.structuralDefectObserved()).isTrue();
        assertThat(c.worstClass()).isEqualTo(1);
        assertThat(decide(null, null, obs("BCA", "A", null, null)).worstClass()).isNull();
    }

    @Test
    void aHandEnteredSummaryAloneIsTheInspectorsConditionRecordedAsSuch() {
        PipeCondition c = decide(3, 2);
        assertThat(c.structuralClass()).isEqualTo(3);
        assertThat(c.operationalClass()).isEqualTo(2);
        assertThat(c.structuralBasis()).isEqualTo(ConditionBasis.SUMMARY);
        assertThat(c.source()).isEqualTo(ConditionSource.INSPECTOR);
        assertThat(c.derivedStructuralClass()).isNull();
        assertThat(c.ruleTableVersion()).isNull();
    }

    @Test
    void aSummaryForOneAspectLeavesTheOtherToTheObservations() {
        PipeCondition c = decide(4, null, obs("BBA", "A", "20", null));
        assertThat(c.structuralClass()).isEqualTo(4);
        assertThat(c.operationalClass()).isEqualTo(3);
        assertThat(c.operationalSource()).isEqualTo(ConditionSource.DERIVED);
    }

    @Test
    void aHandGivenGradeOfTheOldFormGivesBothAspectsTheInspectorsClass() {
        PipeCondition c = InspectorClassesDecide.decide(List.of(), null, null, null, 3);
        assertThat(c.structuralClass()).isEqualTo(3);
        assertThat(c.operationalClass()).isEqualTo(3);
        assertThat(c.structuralBasis()).isEqualTo(ConditionBasis.GRADE);
        assertThat(c.source()).isEqualTo(ConditionSource.INSPECTOR);
    }

    @Test
    void theTablesFormerP122NameReadsAsItsNewName() {
        InspectionGrading old = new InspectionGrading("VAL-P122-2025.1", 3, 1, null, null, 3, 0, 3, 0, 3, 0, "3100",
                "0000", List.of());
        assertThat(old.ruleTableVersion()).isEqualTo("VAL-DERIVED-2025.1");
        assertThat(GradingRules.VERSION).doesNotContain("P122");
    }

    @Test
    void onlyDefectCodesHaveAnAspect() {
        assertThat(GradingRules.aspectOf("BAB")).contains(Aspect.STRUCTURAL);
        assertThat(GradingRules.aspectOf("bbf")).contains(Aspect.OPERATIONAL);
        assertThat(GradingRules.aspectOf("BDD")).contains(Aspect.OPERATIONAL);
        assertThat(GradingRules.aspectOf("BCA")).isEmpty();
    }
}
