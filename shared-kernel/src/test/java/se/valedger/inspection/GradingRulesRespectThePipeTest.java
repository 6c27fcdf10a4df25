package se.valedger.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of VAL-DERIVED-2026.1 that look at the pipe and give urgent observations due times in days (issue 17). */
class GradingRulesRespectThePipeTest {

    static final PipeContext DN_200_FLEXIBLE = new PipeContext(200, false);
    static final PipeContext DN_1000_RIGID = new PipeContext(1000, true);

    static Observation obs(String code, String c1, String q1, Integer from, Integer to) {
        return new Observation(2.0, code, c1, null, q1, null, from, to, false, null, null);
    }

    static Severity grade(Observation o, PipeContext pipe) {
        return GradingRules.grade(o, pipe).orElseThrow();
    }

    @Test
    void aDisplacedJointIsGradedRelativeToTheDiameter() {
        // 30 mm radial: 15 % of DN 200 is class 4, 3 % of DN 1000 class 2.
        assertThat(grade(obs("BAJ", "B", "30", 12, null), DN_200_FLEXIBLE).p122()).isEqualTo(4);
        assertThat(grade(obs("BAJ", "B", "30", 12, null), DN_1000_RIGID).p122()).isEqualTo(2);
        assertThat(grade(obs("BAJ", "A", "15", 12, null), DN_1000_RIGID).p122()).isEqualTo(1);
        assertThat(grade(obs("BAJ", "A", "15", 12, null), DN_200_FLEXIBLE).rule()).contains("7.5 % of DN 200")
                .contains("class 3");
        // Without a diameter the absolute limits still apply, and the rule says why.
        assertThat(grade(obs("BAJ", "B", "30", 12, null), PipeContext.UNKNOWN).p122()).isEqualTo(3);
        assertThat(grade(obs("BAJ", "B", "30", 12, null), PipeContext.UNKNOWN).rule()).contains("diameter not known");
        // Angular displacement stays in degrees.
        assertThat(grade(obs("BAJ", "C", "8", 12, null), DN_200_FLEXIBLE).p122()).isEqualTo(3);
    }

    @Test
    void anyVisibleDeformationOfARigidPipeMeansItIsBroken() {
        Severity rigid = grade(obs("BAA", "A", "2", 12, null), DN_1000_RIGID);
        assertThat(rigid.p122()).isEqualTo(4);
        assertThat(rigid.pacp()).isEqualTo(5);
        assertThat(rigid.rule()).contains("rigid pipe");
        assertThat(grade(obs("BAA", "A", null, 12, null), DN_1000_RIGID).p122()).isEqualTo(4);
        assertThat(grade(obs("BAA", "A", "2", 12, null), DN_200_FLEXIBLE).p122()).isEqualTo(2);
        assertThat(grade(obs("BAA", "A", "7", 12, null), DN_200_FLEXIBLE).p122()).isEqualTo(3);
        assertThat(grade(obs("BAA", "A", "7", 12, null), PipeContext.UNKNOWN).rule()).contains("graded as flexible");
    }

    @Test
    void babCIsAnOpenCrackNotAFracture() {
        Severity open = grade(obs("BAB", "C", "3", 12, null), DN_200_FLEXIBLE);
        assertThat(open.rule()).contains("open crack").doesNotContain("fracture");
        assertThat(open.p122()).isEqualTo(3);
        assertThat(open.dueDays()).isNull();
        assertThat(grade(obs("BAB", "C", "6", 12, null), DN_200_FLEXIBLE).p122()).isEqualTo(4);
    }

    @Test
    void aCollapseIsDueWithinDaysNotMonths() {
        Severity collapse = grade(obs("BAC", "C", null, 12, null), DN_200_FLEXIBLE);
        assertThat(collapse.p122()).isEqualTo(4);
        assertThat(collapse.pacp()).isEqualTo(5);
        assertThat(collapse.dueDays()).isEqualTo(GradingRules.COLLAPSE_DAYS).isEqualTo(7);
    }

    @Test
    void piecesMissingAreDueWithinThirtyDays() {
        Severity missing = grade(obs("BAC", "B", null, 12, null), DN_200_FLEXIBLE);
        assertThat(missing.p122()).isEqualTo(4);
        assertThat(missing.dueDays()).isEqualTo(30);
    }

    @Test
    void aBreakIsGradedByItsExtentAroundThePipe() {
        Severity narrow = grade(obs("BAC", "A", null, 11, 1), DN_200_FLEXIBLE);
        assertThat(narrow.p122()).isEqualTo(3);
        assertThat(narrow.dueDays()).isNull();
        Severity wide = grade(obs("BAC", "A", null, 9, 3), DN_200_FLEXIBLE);
        assertThat(wide.p122()).isEqualTo(4);
        assertThat(wide.dueDays()).isEqualTo(90);
        assertThat(wide.rule()).contains("6 clock hours");
        assertThat(grade(obs("BAC", "A", null, null, null), DN_200_FLEXIBLE).rule()).contains("extent not given");
    }

    @Test
    void visibleSoilOrVoidIsDueWithinThirtyDays() {
        assertThat(grade(obs("BAO", null, null, 12, null), DN_200_FLEXIBLE).dueDays()).isEqualTo(30);
        assertThat(grade(obs("BAP", null, null, 12, null), DN_200_FLEXIBLE).dueDays()).isEqualTo(30);
        assertThat(grade(obs("BAP", null, null, 12, null), DN_200_FLEXIBLE).pacp()).isEqualTo(5);
    }

    @Test
    void gushingInfiltrationIsDueWithinSevenDaysAndRunningIsNot() {
        assertThat(grade(obs("BBF", "D", null, 12, null), DN_200_FLEXIBLE).dueDays()).isEqualTo(7);
        assertThat(grade(obs("BBF", "C", null, 12, null), DN_200_FLEXIBLE).dueDays()).isNull();
        assertThat(grade(obs("BBF", "C", null, 12, null), DN_200_FLEXIBLE).p122()).isEqualTo(4);
    }

    @Test
    void anInspectionIsDueByItsMostUrgentObservation() {
        InspectionGrading grading = ConditionGrading.grade(List.of(obs("BAO", null, null, 12, null),
                obs("BAB", "B", "1", 12, null), obs("BAC", "C", null, 12, null)), DN_200_FLEXIBLE);
        assertThat(grading.dueWithinDays()).isEqualTo(7);
        assertThat(grading.dueDecidedBy().code()).isEqualTo("BAC");
        assertThat(grading.dueDecidedBy().index()).isEqualTo(2);
        assertThat(ConditionGrading.grade(List.of(obs("BAB", "B", "1", 12, null))).dueWithinDays()).isNull();
    }
}
