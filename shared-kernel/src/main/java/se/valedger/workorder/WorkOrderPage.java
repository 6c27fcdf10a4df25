package se.valedger.workorder;

import java.util.List;

/** A page of work orders, earliest due first. */
public record WorkOrderPage(List<WorkOrderView> items, int page, int size, long total) {

    public WorkOrderPage {
        items = List.copyOf(items);
    }
}
