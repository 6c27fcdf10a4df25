package se.valedger.http.api.leak;

import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
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
import org.springframework.web.util.UriComponentsBuilder;
import se.valedger.app.CommandSender;
import se.valedger.app.Reads;
import se.valedger.app.leak.LeakReports;
import se.valedger.http.Answers;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.leak.CloseLeak;
import se.valedger.leak.ConfirmAndRepairLeak;
import se.valedger.leak.FindLeakSteps;
import se.valedger.leak.LeakStep;
import se.valedger.leak.RecordLeakHygiene;
import se.valedger.leak.RecordTemporaryRepair;
import se.valedger.leak.RestoreLeakSurface;
import se.valedger.leak.ConfirmLeak;
import se.valedger.leak.DismissLeak;
import se.valedger.leak.FindLeak;
import se.valedger.leak.FindLeaks;
import se.valedger.leak.LeakIds;
import se.valedger.leak.LeakPage;
import se.valedger.leak.LeakStatus;
import se.valedger.leak.LeakView;
import se.valedger.leak.RecordLeakRepair;
import se.valedger.leak.ScheduleLeakRepair;

@RestController
@RequestMapping("/api/leaks")
class LeakController {

    static final String LEAKS = "leaks";
    static final int MAX_PAGE_SIZE = 500;

    private final CommandSender commands;
    private final Reads reads;
    private final QueryGateway queries;
    private final LeakReports leaks;
    private final se.valedger.leak.RepairDeadlines careW;
    private final se.valedger.app.zone.SupplyInterruptions interruptions;

    LeakController(CommandSender commands, Reads reads, QueryGateway queries, LeakReports leaks,
                   se.valedger.leak.RepairDeadlines careW, se.valedger.app.zone.SupplyInterruptions interruptions) {
        this.interruptions = interruptions;
        this.careW = careW;
        this.leaks = leaks;
        this.commands = commands;
        this.reads = reads;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> report(@RequestBody LeakReportRequest request, Principal principal) {
        String leakId = LeakIds.newReport();
        long position = leaks.report(request.toCommand(leakId, principal.getName()));
        URI location = UriComponentsBuilder.fromPath("/api/leaks/{id}").buildAndExpand(leakId).toUri();
        return Answers.created(location, position, Map.of("id", leakId, "position", position));
    }

    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> act(@PathVariable String id, @PathVariable String action,
                                            @RequestBody(required = false) LeakAction body) {
        LeakAction a = body == null ? LeakAction.EMPTY : body;
        Object command = switch (action) {
            case "confirm" -> new ConfirmLeak(id, a.note());
            case "dismiss" -> new DismissLeak(id, a.reason());
            case "schedule-repair" -> new ScheduleLeakRepair(id, a.scheduledFor(), a.crew());
            case "repair" -> new RecordLeakRepair(id, a.repairedAt(), a.method(), a.repairHours(), a.cause());
            case "close" -> new CloseLeak(id, a.note());
            case "isolate" -> leaks.isolation(id, a.isolatedAt(), a.valvesClosed(), a.customersWithoutWater(),
                    a.supplyRestoredAt(), a.note());
            case "temporary-repair" -> new RecordTemporaryRepair(id, a.repairedAt(), a.method(), a.note());
            case "hygiene" -> new RecordLeakHygiene(id, a.at(), a.flushed(), a.disinfected(), a.sampleTaken(),
                    a.sampleResult(), a.boilWaterNoticeIssuedAt(), a.boilWaterNoticeLiftedAt(), a.note());
            case "restore-surface" -> new RestoreLeakSurface(id, a.restoredAt(), a.note());
            case "confirm-and-repair" -> new ConfirmAndRepairLeak(id, a.note(), a.repairedAt(), a.method(),
                    a.repairHours(), a.cause());
            default -> throw new NotFound("No leak action '" + action + "'; use confirm, dismiss, schedule-repair, repair, "
                    + "close, isolate, temporary-repair, hygiene, restore-surface or confirm-and-repair");
        };
        long position = commands.send(command, id);
        return Answers.accepted(position, Map.of("id", id, "action", action, "position", position));
    }

    /** Our repair times per size band against CARE-W's mean times to repair (statistics, not due dates). */
    @GetMapping("/repair-times")
    ResponseEntity<se.valedger.leak.RepairTimes> repairTimes(@RequestParam(required = false) Long minPosition) {
        return reads.answer(LEAKS, minPosition, () -> queries.query(new se.valedger.leak.FindRepairTimes(careW),
                se.valedger.leak.RepairTimes.class).join());
    }

    /** Customers without water and customer-minutes of supply interruption of a year, per supply zone or district. */
    @GetMapping("/interruptions")
    ResponseEntity<se.valedger.app.zone.SupplyInterruptions.Report> interruptions(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Long minPosition) {
        // drawn from the leaks, the zones and the register's read models
        return reads.answer(java.util.List.of(LEAKS, "zones", "pipe-register"), minPosition, () -> interruptions.of(year));
    }

    /** A leak with its work steps (issue 20). */
    record LeakAnswer(@com.fasterxml.jackson.annotation.JsonUnwrapped LeakView leak, java.util.List<LeakStep> steps) {
    }

    @GetMapping("/{id}")
    ResponseEntity<LeakAnswer> leak(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        return reads.answer(LEAKS, minPosition, () -> new LeakAnswer(queries
                .query(new FindLeak(id), ResponseTypes.optionalInstanceOf(LeakView.class)).join()
                .orElseThrow(() -> new NotFound("No leak report " + id)),
                queries.query(new FindLeakSteps(id), ResponseTypes.multipleInstancesOf(LeakStep.class)).join()));
    }

    @GetMapping
    ResponseEntity<LeakPage> leaks(@RequestParam(required = false) LeakStatus status,
                                   @RequestParam(required = false) String pipeId,
                                   @RequestParam(required = false) Boolean overdue,
                                   @RequestParam(required = false) String source,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size,
                                   @RequestParam(required = false) Long minPosition) {
        if (page < 0) {
            throw new InvalidInput("page", "page numbers start at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "page size is 1 to " + MAX_PAGE_SIZE);
        }
        FindLeaks query = new FindLeaks(status, pipeId, overdue, source, page, size);
        return reads.answer(LEAKS, minPosition, () -> queries.query(query, LeakPage.class).join());
    }
}
