package se.valedger.http.ui.leak;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.valedger.app.CommandSender;
import se.valedger.app.ReadYourWrites;
import se.valedger.app.leak.LeakReports;
import se.valedger.http.ui.Formats;
import se.valedger.http.ui.forms.FormActions;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.UtilityTime;
import se.valedger.leak.CloseLeak;
import se.valedger.leak.ConfirmLeak;
import se.valedger.leak.FailureCause;
import se.valedger.leak.FindLeak;
import se.valedger.leak.FindLeaks;
import se.valedger.leak.LeakIds;
import se.valedger.leak.LeakKind;
import se.valedger.leak.LeakPage;
import se.valedger.leak.LeakSeverity;
import se.valedger.leak.LeakSort;
import se.valedger.leak.LeakStatus;
import se.valedger.leak.LeakView;
import se.valedger.leak.Position;
import se.valedger.leak.RecordLeakRepair;
import se.valedger.leak.RepairMethod;
import se.valedger.leak.ReportLeak;
import se.valedger.leak.ScheduleLeakRepair;

/** Leaks from the phone: report by pipe id or position, then confirm, schedule the repair, repair, close. */
@Controller
@PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN', 'PLANNER', 'AUDITOR')")
class LeakPages {

    static final String LEAKS = "leaks";

    private final QueryGateway queries;
    private final CommandSender commands;
    private final FormActions forms;
    private final ReadYourWrites readYourWrites;
    private final LeakReports reports;

    LeakPages(QueryGateway queries, CommandSender commands, FormActions forms, ReadYourWrites readYourWrites,
              LeakReports reports) {
        this.queries = queries;
        this.commands = commands;
        this.forms = forms;
        this.readYourWrites = readYourWrites;
        this.reports = reports;
    }

    static final int PAGE_SIZE = 25;

    /**
     * The leak list (issue 21): filters status, kind, district (prefix of the pipe's district, any case), overdue
     * and source; sorted by one column ({@code sort=reported|number|pipe|district|kind|status|due}, {@code dir=asc|desc});
     * paged by 25. An unknown value is a 400 page naming the parameter and what it takes.
     */
    @GetMapping("/leaks")
    String leaks(@RequestParam(defaultValue = "0") String page, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String kind, @RequestParam(required = false) String district,
                 @RequestParam(required = false) String overdue, @RequestParam(required = false) String source,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                 Model model) {
        LeakStatus wantedStatus = constant(LeakStatus.class, "status", status);
        LeakKind wantedKind = constant(LeakKind.class, "kind", kind);
        LeakSort column = constant(LeakSort.class, "sort", sort);
        boolean descending = direction(dir, column);
        Boolean late = switch (blankToNull(overdue) == null ? "" : overdue.strip()) {
            case "" -> null;
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput("overdue", "'" + overdue + "' is neither true nor false");
        };
        int pageNumber;
        try {
            pageNumber = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("page", "'" + page + "' is not a page number");
        }
        if (pageNumber < 0 || pageNumber > 100_000) {
            throw new InvalidInput("page", "the page number is 0 to 100 000");
        }
        LeakPage result = queries.query(new FindLeaks(wantedStatus, null, late, blankToNull(source), wantedKind,
                blankToNull(district), column, descending, pageNumber, PAGE_SIZE), LeakPage.class).join();
        model.addAttribute("leaks", result);
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("statuses", LeakStatus.values());
        model.addAttribute("kinds", LeakKind.values());
        model.addAttribute("filter", new LeakFilter(wantedStatus == null ? "" : wantedStatus.name(),
                wantedKind == null ? "" : wantedKind.name(), district == null ? "" : district.strip(),
                late == null ? "" : late.toString(), source == null ? "" : source.strip(),
                column == null ? "" : column.name().toLowerCase(Locale.ROOT), descending ? "desc" : "asc"));
        return "leak/leaks";
    }

    /** What the list was asked for, to keep in the form, the column links and the pager. */
    record LeakFilter(String status, String kind, String district, String overdue, String source, String sort,
                      String dir) {
        /** The direction a click on {@code column}'s heading asks for: the other one if it is the sorted column. */
        public String next(String column) {
            return column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
        }
    }

    private static boolean direction(String dir, LeakSort column) {
        String d = blankToNull(dir);
        if (d == null) {
            return column == null || column == LeakSort.REPORTED; // newest first unless asked otherwise
        }
        return switch (d.toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InvalidInput("dir", "'" + dir + "' is neither asc nor desc");
        };
    }

    /** An enum constant by name, any case; an unknown one names the parameter and every value it takes. */
    static <E extends Enum<E>> E constant(Class<E> type, String field, String text) {
        String wanted = blankToNull(text);
        if (wanted == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        throw new InvalidInput(field, "'" + wanted + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    @GetMapping("/leaks/new")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    String form(@RequestParam(required = false) String pipeId, Model model) {
        model.addAttribute("pipeId", pipeId);
        model.addAttribute("kinds", LeakKind.values());
        model.addAttribute("severities", LeakSeverity.values());
        model.addAttribute("priorities", se.valedger.leak.LeakPriority.values());
        return "leak/report";
    }

    @PostMapping("/leaks")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    String report(@RequestParam(required = false) String pipeId, @RequestParam(required = false) LeakKind kind,
                  @RequestParam(required = false) LeakSeverity severity,
                  @RequestParam(required = false) se.valedger.leak.LeakPriority priority, @RequestParam(required = false) Double x,
                  @RequestParam(required = false) Double y, @RequestParam(required = false) Double estimatedFlowLps,
                  @RequestParam String idempotencyKey, Authentication user, RedirectAttributes flash) {
        String leakId = LeakIds.ofSubmission(user.getName(), idempotencyKey);
        String pipe = pipeId == null || pipeId.isBlank() ? null : pipeId.strip();
        flash.addFlashAttribute("pipeId", pipe);
        return forms.run(user, idempotencyKey, "/leaks/new", () -> {
            Position position = x == null && y == null ? null : new Position(null, x, y);
            return reports.report(new ReportLeak(leakId, pipe, kind, severity, estimatedFlowLps, position, null,
                    user.getName(), null, priority));
        }, p -> link(leakId, p), flash);
    }

    @GetMapping("/leaks/{id}")
    String leak(@PathVariable String id, @RequestParam(required = false) Long minPosition, Model model) {
        boolean upToDate = readYourWrites.await(LEAKS, minPosition);
        if (minPosition == null) {
            readYourWrites.awaitAggregate(LEAKS, id);
        }
        LeakView leak = queries.query(new FindLeak(id), ResponseTypes.optionalInstanceOf(LeakView.class)).join()
                .orElseThrow(() -> new NotFound("No leak report " + id));
        model.addAttribute("leak", leak);
        model.addAttribute("behind", !upToDate);
        // issue 20: the isolation of the leak's pipe and the work steps so far
        if (leak.pipeId() != null) {
            se.valedger.network.IsolationResult isolation = queries.query(
                    new se.valedger.network.FindIsolation(leak.pipeId()), se.valedger.network.IsolationResult.class).join();
            model.addAttribute("isolation", isolation.isolation());
            model.addAttribute("isolationRefused", isolation.refusedBecause());
        }
        model.addAttribute("steps", queries.query(new se.valedger.leak.FindLeakSteps(id),
                ResponseTypes.multipleInstancesOf(se.valedger.leak.LeakStep.class)).join());
        model.addAttribute("methods", RepairMethod.values());
        model.addAttribute("causes", FailureCause.values());
        return "leak/leak";
    }

    @PostMapping("/leaks/{id}/{action:confirm|schedule-repair|repair|close}")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam(required = false) String note,
               @RequestParam(required = false) String scheduledFor, @RequestParam(required = false) String crew,
               @RequestParam(required = false) String repairedAt, @RequestParam(required = false) RepairMethod method,
               @RequestParam(required = false) Double repairHours, @RequestParam(required = false) FailureCause cause,
               @RequestParam String idempotencyKey, Authentication user, RedirectAttributes flash) {
        return forms.run(user, idempotencyKey, link(id, null), () -> commands.send(switch (action) {
            case "confirm" -> new ConfirmLeak(id, blankToNull(note));
            case "schedule-repair" -> new ScheduleLeakRepair(id, local("scheduledFor", scheduledFor), blankToNull(crew));
            case "repair" -> new RecordLeakRepair(id, local("repairedAt", repairedAt), method, repairHours, cause);
            default -> new CloseLeak(id, blankToNull(note));
        }, id), p -> link(id, p), flash);
    }

    /** A datetime-local field, read as Stockholm time. */
    private static Instant local(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(UtilityTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + value + "' is not a date and time");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String link(String leakId, Long position) {
        var uri = UriComponentsBuilder.fromPath("/leaks/{id}");
        if (position != null) {
            uri.queryParam("minPosition", position);
        }
        return uri.buildAndExpand(leakId).encode().toUriString();
    }
}
