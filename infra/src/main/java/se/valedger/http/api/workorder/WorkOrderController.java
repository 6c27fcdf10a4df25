package se.valedger.http.api.workorder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.CommandSender;
import se.valedger.app.Reads;
import se.valedger.http.Answers;
import se.valedger.kernel.InvalidInput;
import se.valedger.workorder.CompleteWorkOrder;
import se.valedger.workorder.FindWorkOrders;
import se.valedger.workorder.WorkOrderKind;
import se.valedger.workorder.WorkOrderPage;
import se.valedger.workorder.WorkOrderStatus;

/**
 * {@code GET /api/work-orders?kind=CLEANING&status=&district=&dueBefore=}: the crews' list, earliest due first;
 * {@code POST /api/work-orders/{id}/done} with {@code {"doneOn":"2026-11-20","crew":"Spolbil 2","notes":"..."}}.
 */
@RestController
@RequestMapping("/api/work-orders")
class WorkOrderController {

    static final String WORK_ORDERS = "work-orders";
    static final int MAX_PAGE_SIZE = 500;

    private final CommandSender commands;
    private final Reads reads;
    private final QueryGateway queries;

    WorkOrderController(CommandSender commands, Reads reads, QueryGateway queries) {
        this.commands = commands;
        this.reads = reads;
        this.queries = queries;
    }

    /** The body of {@code POST /api/work-orders/{id}/done}. */
    record Done(LocalDate doneOn, String crew, String notes) {
    }

    @GetMapping
    ResponseEntity<WorkOrderPage> list(@RequestParam(required = false) WorkOrderKind kind,
                                       @RequestParam(required = false) WorkOrderStatus status,
                                       @RequestParam(required = false) String district,
                                       @RequestParam(required = false) String dueBefore,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size,
                                       @RequestParam(required = false) Long minPosition) {
        if (page < 0) {
            throw new InvalidInput("page", "page numbers start at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "page size is 1 to " + MAX_PAGE_SIZE);
        }
        FindWorkOrders query = new FindWorkOrders(kind, status, district, date("dueBefore", dueBefore), page, size);
        return reads.answer(WORK_ORDERS, minPosition, () -> queries.query(query, WorkOrderPage.class).join());
    }

    @PostMapping("/{id}/done")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> done(@PathVariable String id, @RequestBody(required = false) Done body) {
        Done d = body == null ? new Done(null, null, null) : body;
        long position = commands.send(new CompleteWorkOrder(id, d.doneOn(), d.crew(), d.notes()), id);
        return Answers.accepted(position, Map.of("id", id, "status", "DONE", "position", position));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "a date as YYYY-MM-DD, was '" + value + "'");
        }
    }
}
