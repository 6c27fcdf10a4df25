package se.valedger.workorder;

import se.valedger.kernel.RuleViolated;

/** A work order is done once; doing it again is a new order, not a second completion of this one. */
final class WorkOrderIsDoneOnce {

    private WorkOrderIsDoneOnce() {
    }

    static void check(WorkOrderStatus status) {
        if (status == WorkOrderStatus.DONE) {
            throw new RuleViolated("WorkOrderIsDoneOnce", "this work order is already done");
        }
    }
}
