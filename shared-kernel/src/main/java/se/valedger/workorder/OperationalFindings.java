package se.valedger.workorder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.valedger.inspection.GradingRules;
import se.valedger.inspection.Observation;
import se.valedger.inspection.Severity;
import se.valedger.pipe.InspectionLogged;

/**
 * Which operational findings of an inspection open work orders (issue 17: structural and operational apart; an
 * operational finding is a cleaning job, not a renewal). An observation counts from class {@value #FROM_CLASS}: the
 * inspector's class when given, else VA Ledger's estimate ({@link GradingRules}).
 * <ul>
 * <li>BBA roots: {@link WorkOrderKind#CLEANING}, root cutting (rotskärning);</li>
 * <li>BBB attached deposits (encrustation), BBC settled deposits, BBE other obstacles: cleaning, flushing (spolning);</li>
 * <li>BBD ingress of soil: flushing, and also a {@link WorkOrderKind#STRUCTURAL_FOLLOW_UP}: soil comes in through a
 *   structural defect and leaves a void outside the pipe.</li>
 * </ul>
 * One order per kind and inspection, for its worst such observation. Due: class 4 within {@value #CLASS_4_DUE_DAYS}
 * days of the inspection, class 3 within {@value #CLASS_3_DUE_DAYS} (ASSUMED, VA Ledger's; the operations manager's
 * own routine should set them). After the work a re-inspection is suggested {@value #REINSPECT_AFTER_MONTHS} months on
 * (ASSUMED), to see whether roots or deposits came back.
 */
public final class OperationalFindings {

    public static final int FROM_CLASS = 3;
    public static final int CLASS_4_DUE_DAYS = 30;
    public static final int CLASS_3_DUE_DAYS = 90;
    public static final int REINSPECT_AFTER_MONTHS = 12;

    private OperationalFindings() {
    }

    /** The id of the order of that kind from that inspection: the same each time, so an order is opened once. */
    public static String workOrderId(String inspectionId, WorkOrderKind kind) {
        return "wo-" + inspectionId + "-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static List<OpenWorkOrder> ordersFor(InspectionLogged inspection) {
        Map<WorkOrderKind, OpenWorkOrder> orders = new LinkedHashMap<>();
        Map<WorkOrderKind, Integer> worst = new LinkedHashMap<>();
        for (Observation o : inspection.observations()) {
            String code = o.code() == null ? "" : o.code().strip().toUpperCase(java.util.Locale.ROOT);
            if (!List.of("BBA", "BBB", "BBC", "BBD", "BBE").contains(code)) {
                continue;
            }
            Integer cls = o.inspectorClass() != null ? o.inspectorClass()
                    : GradingRules.grade(o).map(Severity::p122).orElse(null);
            if (cls == null || cls < FROM_CLASS) {
                continue;
            }
            List<WorkOrderKind> kinds = new ArrayList<>(List.of(WorkOrderKind.CLEANING));
            if (code.equals("BBD")) {
                kinds.add(WorkOrderKind.STRUCTURAL_FOLLOW_UP);
            }
            for (WorkOrderKind kind : kinds) {
                if (worst.containsKey(kind) && worst.get(kind) >= cls) {
                    continue;
                }
                worst.put(kind, cls);
                String task = kind == WorkOrderKind.STRUCTURAL_FOLLOW_UP ? "INSPECT_STRUCTURE"
                        : code.equals("BBA") ? "ROOT_CUTTING" : "FLUSHING";
                LocalDate due = inspection.date().plusDays(cls >= 4 ? CLASS_4_DUE_DAYS : CLASS_3_DUE_DAYS);
                orders.put(kind, new OpenWorkOrder(workOrderId(inspection.inspectionId(), kind), kind, task,
                        inspection.pipeId(), inspection.inspectionId(), code + " class " + cls
                        + (o.distanceM() == null ? "" : " at " + o.distanceM() + " m"), inspection.date(), due));
            }
        }
        return List.copyOf(orders.values());
    }

    /** When to look again after the work. */
    public static Optional<LocalDate> reInspection(WorkOrderKind kind, LocalDate doneOn) {
        return kind == WorkOrderKind.CLEANING ? Optional.of(doneOn.plusMonths(REINSPECT_AFTER_MONTHS)) : Optional.empty();
    }
}
