package se.valedger.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConditionGradingTest {

    static Observation obs(double at, String code, String c1, String q1) {
        return new Observation(at, code, c1, null, q1, null, 12, null, false, null, null);
    }

    static Observation continuous(double at, String code, String c1, String q1, String marker) {
        return new Observation(at, code, c1, null, q1, null, 12, null, false, marker, null);
    }

    static InspectionGrading grade(Observation... observations) {
        return ConditionGrading.grade(List.of(observations));
    }

    @Nested
    class StructuralCodesBA {

        @Test
        void aSurfaceCrackIsClassOneAndAWideFractureClassFour() {
            assertThat(grade(obs(1, "BAB", "A", "1")).structuralGrade()).isEqualTo(1);
            assertThat(grade(obs(1, "BAB", "B", "2")).structuralGrade()).isEqualTo(2);
            assertThat(grade(obs(1, "BAB", "B", "3")).structuralGrade()).isEqualTo(3);
            assertThat(grade(obs(1, "BAB", "C", "3")).structuralGrade()).isEqualTo(3);
            assertThat(grade(obs(1, "BAB", "C", "5")).structuralGrade()).isEqualTo(4);
        }

        @Test
        void deformationIsGradedByPercentAndAQuarterIsAFailingPipe() {
            assertThat(grade(obs(1, "BAA", "A", "4")).structuralGrade()).isEqualTo(2);
            assertThat(grade(obs(1, "BAA", "A", "5")).structuralGrade()).isEqualTo(3);
            assertThat(grade(obs(1, "BAA", "A", "12")).structuralGrade()).isEqualTo(4);
            InspectionGrading quarter = grade(obs(1, "BAA", "A", "25"));
            assertThat(quarter.structuralGrade()).isEqualTo(4);
            assertThat(quarter.pacpStructuralGrade()).isEqualTo(5);
            assertThat(grade(obs(1, "BAA", "A", "12")).pacpStructuralGrade()).isEqualTo(4);
        }

        @Test
        void aCollapseIsClassFourAndPacpFiveButABreakOnlyClassThree() {
            assertThat(grade(obs(1, "BAC", "A", null)).structuralGrade()).isEqualTo(3);
            assertThat(grade(obs(1, "BAC", "B", "59")).structuralGrade()).isEqualTo(4);
            assertThat(grade(obs(1, "BAC", "B", "59")).pacpStructuralGrade()).isEqualTo(4);
            assertThat(grade(obs(1, "BAC", "C", null)).pacpStructuralGrade()).isEqualTo(5);
        }

        @Test
        void displacedJointsHaveLimitsPerDirection() {
            assertThat(grade(obs(1, "BAJ", "A", "20")).structuralGrade()).isEqualTo(2);
            assertThat(grade(obs(1, "BAJ", "A", "19")).structuralGrade()).isEqualTo(1);
            assertThat(grade(obs(1, "BAJ", "B", "10")).structuralGrade()).isEqualTo(2);
            assertThat(grade(obs(1, "BAJ", "B", "30")).structuralGrade()).isEqualTo(3);
            assertThat(grade(obs(1, "BAJ", "C", "40")).structuralGrade()).isEqualTo(4);
            assertThat(grade(obs(1, "BAJ", "C", "5")).structuralGrade()).isEqualTo(2);
        }

        @Test
        void soilOrVoidVisibleIsAFailingPipe() {
            assertThat(grade(obs(1, "BAO", null, null)).pacpStructuralGrade()).isEqualTo(5);
            assertThat(grade(obs(1, "BAP", null, null)).structuralGrade()).isEqualTo(4);
        }

        @Test
        void intrudingConnectionsAndSealsAreGradedByHowFarTheyIntrude() {
            assertThat(grade(obs(1, "BAG", null, "8")).structuralGrade()).isEqualTo(2);
            assertThat(grade(obs(1, "BAG", null, "10")).structuralGrade()).isEqualTo(3);
            assertThat(grade(obs(1, "BAI", "Z", "30")).structuralGrade()).isEqualTo(4);
        }

        @Test
        void structuralDefectsLeaveTheOperationalGradeAtOne() {
            InspectionGrading grading = grade(obs(1, "BAC", "B", "59"));
            assertThat(grading.operationalGrade()).isEqualTo(1);
            assertThat(grading.operationalDecidedBy()).isNull();
            assertThat(grading.pacpOperationalGrade()).isZero();
            assertThat(grading.operationalQuickRating()).isEqualTo("0000");
        }
    }

    @Nested
    class OperationalCodesBB {

        @Test
        void rootsAndDepositsAreGradedByLostSection() {
            assertThat(grade(obs(1, "BBA", "A", "3")).operationalGrade()).isEqualTo(1);
            assertThat(grade(obs(1, "BBA", "A", "5")).operationalGrade()).isEqualTo(2);
            assertThat(grade(obs(1, "BBC", "C", "15")).operationalGrade()).isEqualTo(3);
            assertThat(grade(obs(1, "BBA", "A", "60")).operationalGrade()).isEqualTo(4);
            assertThat(grade(obs(1, "BBA", "A", "60")).pacpOperationalGrade()).isEqualTo(4);
            assertThat(grade(obs(1, "BBB", "A", "80")).pacpOperationalGrade()).isEqualTo(5);
        }

        @Test
        void infiltrationIsGradedByHowMuchComesIn() {
            assertThat(grade(obs(1, "BBF", "A", null)).operationalGrade()).isEqualTo(2);
            assertThat(grade(obs(1, "BBF", "B", null)).operationalGrade()).isEqualTo(3);
            assertThat(grade(obs(1, "BBF", "C", null)).operationalGrade()).isEqualTo(4);
            assertThat(grade(obs(1, "BBF", "D", null)).operationalGrade()).isEqualTo(4);
        }

        @Test
        void exfiltrationIsClassThree() {
            assertThat(grade(obs(1, "BBG", null, null)).operationalGrade()).isEqualTo(3);
        }

        @Test
        void operationalDefectsLeaveTheStructuralGradeAtOne() {
            InspectionGrading grading = grade(obs(1, "BBF", "C", null));
            assertThat(grading.structuralGrade()).isEqualTo(1);
            assertThat(grading.structuralDecidedBy()).isNull();
        }
    }

    @Nested
    class InventoryCodesBCAndOtherCodesBD {

        @Test
        void nodesConnectionsAndRemarksAreKeptButNotGraded() {
            InspectionGrading grading = grade(obs(0, "BCD", "X", "2925"), obs(3, "BCA", "A", null),
                    obs(5, "BDB", null, null), obs(23.5, "BCE", "X", "6"));
            assertThat(grading.structuralGrade()).isEqualTo(1);
            assertThat(grading.operationalGrade()).isEqualTo(1);
            assertThat(grading.unknownCodes()).isEmpty();
            assertThat(grading.structuralRating()).isZero();
        }

        @Test
        void aHighWaterLevelIsAnOperationalFinding() {
            assertThat(grade(obs(1, "BDD", "A", "8")).operationalGrade()).isEqualTo(1);
            assertThat(grade(obs(1, "BDD", "A", "30")).operationalGrade()).isEqualTo(2);
            assertThat(grade(obs(1, "BDD", "A", "50")).operationalGrade()).isEqualTo(3);
        }
    }

    @Test
    void theWorstObservationDecidesAndTheFirstWinsATie() {
        InspectionGrading grading = grade(obs(1, "BAB", "B", "2"), obs(2, "BAJ", "B", "30"),
                obs(4, "BAB", "B", "4"), obs(6, "BBA", "A", "12"));
        assertThat(grading.structuralGrade()).isEqualTo(3);
        assertThat(grading.structuralDecidedBy().index()).isEqualTo(1);
        assertThat(grading.structuralDecidedBy().code()).isEqualTo("BAJ");
        assertThat(grading.structuralDecidedBy().distanceM()).isEqualTo(2.0);
        assertThat(grading.structuralDecidedBy().rule()).contains("BAJ-B").contains("30 mm").contains("class 3");
        assertThat(grading.operationalDecidedBy().index()).isEqualTo(3);
        assertThat(grading.overallGrade()).isEqualTo(3);
        assertThat(grading.ruleTableVersion()).isEqualTo(GradingRules.VERSION);
    }

    @Test
    void ratingSumsPacpGradesAndTheQuickRatingNamesTheTwoWorstGrades() {
        InspectionGrading grading = grade(obs(1, "BAB", "B", "2"), obs(2, "BAJ", "B", "30"),
                obs(4, "BAB", "B", "4"), obs(5, "BAB", "A", "1"));
        // grades 2 + 3 + 3 + 1
        assertThat(grading.structuralRating()).isEqualTo(9);
        assertThat(grading.structuralRatingIndex()).isEqualTo(2.25);
        assertThat(grading.structuralQuickRating()).isEqualTo("3221");
    }

    @Test
    void aContinuousDefectCountsOncePerStartedMetreAndAHalf() {
        InspectionGrading grading = grade(continuous(3.0, "BAB", "B", "2", "A1"),
                continuous(9.0, "BAB", "B", "2", "B1"));
        // 6 m = 4 segments of 1.5 m, each a grade 2 defect
        assertThat(grading.structuralRating()).isEqualTo(8);
        assertThat(grading.structuralQuickRating()).isEqualTo("2400");
        assertThat(grading.structuralGrade()).isEqualTo(2);
    }

    @Test
    void unknownCodesAreReportedNotGradedAndNotFatal() {
        InspectionGrading grading = grade(obs(1, "BXZ", "A", "4"), obs(2, "BAB", "B", "2"), obs(3, "BXZ", null, null));
        assertThat(grading.unknownCodes()).containsExactly("BXZ");
        assertThat(grading.structuralGrade()).isEqualTo(2);
        assertThat(grading.structuralDecidedBy().index()).isEqualTo(1);
    }

    @Test
    void anInspectionWithoutObservationsIsClassOne() {
        InspectionGrading grading = ConditionGrading.grade(List.of());
        assertThat(grading.overallGrade()).isEqualTo(1);
        assertThat(grading.structuralQuickRating()).isEqualTo("0000");
    }
}
