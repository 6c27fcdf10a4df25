package se.valedger.workorder;

import java.time.LocalDate;

/** The crews' list: null filters match all; {@code dueBefore} keeps orders due before that day. Answers {@link WorkOrderPage}. */
public record FindWorkOrders(WorkOrderKind kind, WorkOrderStatus status, String district, LocalDate dueBefore,
                             int page, int size) {
}
