package se.valedger.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valedger.inspection.ConditionGrading;
import se.valedger.inspection.Observation;
import se.valedger.pipe.InspectionLogged;
import se.valedger.pipe.InspectionMethod;

class OperationalFindingsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    static Observation obs(String code, String c1, String q1, Integer inspectorClass) {
        return new Observation(5.0, code, c1, null, q1, null, 12, null, false, null, null, inspectorClass);
    }

    static InspectionLogged inspection(Observation... observations) {
        List<Observation> list = List.of(observations);
        return new InspectionLogged("S-1", "i-1", DAY, "E. Ek", InspectionMethod.CCTV, 1, null, "EN 13508-2", list,
                ConditionGrading.grade(list));
    }

    @Test
    void rootIntrusionOfClassFourOpensARootCuttingOrderDueInThirtyDays() {
        List<OpenWorkOrder> orders = OperationalFindings.ordersFor(inspection(obs("BBA", "A", "5", 4)));
        assertThat(orders).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(WorkOrderKind.CLEANING);
            assertThat(o.task()).isEqualTo("ROOT_CUTTING");
            assertThat(o.dueOn()).isEqualTo(DAY.plusDays(30));
            assertThat(o.finding()).isEqualTo("BBA class 4 at 5.0 m");
            assertThat(o.workOrderId()).isEqualTo("wo-i-1-cleaning");
        });
    }

    @Test
    void depositsEstimatedClassThreeOpenAFlushingOrderDueInNinetyDays() {
        List<OpenWorkOrder> orders = OperationalFindings.ordersFor(inspection(obs("BBC", "A", "15", null)));
        assertThat(orders).singleElement().satisfies(o -> {
            assertThat(o.task()).isEqualTo("FLUSHING");
            assertThat(o.dueOn()).isEqualTo(DAY.plusDays(90));
        });
    }

    @Test
    void ingressOfSoilAlsoOpensAStructuralFollowUp() {
        List<OpenWorkOrder> orders = OperationalFindings.ordersFor(inspection(obs("BBD", "A", "30", null)));
        assertThat(orders).extracting(OpenWorkOrder::kind)
                .containsExactly(WorkOrderKind.CLEANING, WorkOrderKind.STRUCTURAL_FOLLOW_UP);
        assertThat(orders.get(1).task()).isEqualTo("INSPECT_STRUCTURE");
    }

    @Test
    void minorOperationalFindingsAndStructuralDefectsOpenNothing() {
        assertThat(OperationalFindings.ordersFor(inspection(obs("BBA", "A", "5", 2)))).isEmpty();
        assertThat(OperationalFindings.ordersFor(inspection(obs("BAC", "C", null, 4)))).isEmpty();
        assertThat(OperationalFindings.ordersFor(inspection(obs("BBF", "D", null, 4)))).isEmpty();
    }

    @Test
    void oneOrderPerKindForTheWorstFinding() {
        List<OpenWorkOrder> orders = OperationalFindings.ordersFor(inspection(obs("BBC", "A", "15", 3),
                obs("BBA", "A", "5", 4)));
        assertThat(orders).singleElement().satisfies(o -> {
            assertThat(o.task()).isEqualTo("ROOT_CUTTING");
            assertThat(o.dueOn()).isEqualTo(DAY.plusDays(30));
        });
    }
}
