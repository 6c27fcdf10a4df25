package se.valedger.http.api.renewal;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import se.valedger.app.ReadYourWrites;
import se.valedger.app.Reads;
import se.valedger.app.renewal.ItemRequest;
import se.valedger.app.renewal.RenewalPipes;
import se.valedger.http.Answers;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.Material;
import se.valedger.renewal.AddPlanItem;
import se.valedger.renewal.ApproveRenewalPlan;
import se.valedger.renewal.CompleteRenewalPlan;
import se.valedger.renewal.DraftRenewalPlan;
import se.valedger.renewal.ExecutePlanItem;
import se.valedger.renewal.FindRenewalPlan;
import se.valedger.renewal.FindRenewalPlans;
import se.valedger.renewal.PlanItem;
import se.valedger.renewal.RemovePlanItem;
import se.valedger.renewal.RenewalDefaults;
import se.valedger.renewal.RenewalPlanView;
import se.valedger.renewal.RenewalProposal;
import se.valedger.renewal.ReturnRenewalPlan;
import se.valedger.renewal.SubmitRenewalPlan;

/** Renewal plans: planners and administrators change them, everyone signed in reads them. */
@RestController
@RequestMapping("/api/renewal-plans")
class RenewalPlanController {

    static final String PLANNING = "renewal-planning";
    static final String ACTIONS = "submit, approve, return, execute, complete";

    private final CommandSender commands;
    private final Reads reads;
    private final QueryGateway queries;
    private final RenewalPipes pipes;
    private final Clock clock;

    private final ReadYourWrites readYourWrites;

    RenewalPlanController(CommandSender commands, Reads reads, QueryGateway queries, RenewalPipes pipes, Clock clock,
                          ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
        this.commands = commands;
        this.reads = reads;
        this.queries = queries;
        this.pipes = pipes;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> draft(@RequestBody PlanDraft draft, Principal principal) {
        List<PlanItem> items = new ArrayList<>();
        if (draft.fromProposal() != null) {
            if (draft.items() != null && !draft.items().isEmpty()) {
                throw new InvalidInput("fromProposal", "give items or fromProposal, not both");
            }
            var query = RenewalProposalController.query(draft.year(), draft.budgetSek(), draft.fromProposal(), false, clock);
            RenewalProposal proposal = queries.query(query, RenewalProposal.class).join();
            items.addAll(pipes.itemsOf(proposal));
        } else if (draft.items() != null) {
            for (int i = 0; i < draft.items().size(); i++) {
                items.add(pipes.complete("items[" + i + "].", draft.items().get(i)));
            }
        }
        String planId = UUID.randomUUID().toString();
        long position = commands.send(new DraftRenewalPlan(planId, draft.year(), draft.programme(), draft.budgetSek(),
                principal.getName(), items), planId);
        URI location = UriComponentsBuilder.fromPath("/api/renewal-plans/{id}").buildAndExpand(planId).toUri();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", planId);
        body.put("position", position);
        body.put("items", items.size());
        body.put("totalCostSek", items.stream().mapToLong(PlanItem::estimatedCostSek).sum());
        return Answers.created(location, position, body);
    }

    @PostMapping("/{id}/items")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> addItem(@PathVariable String id, @RequestBody ItemRequest request) {
        PlanItem item = pipes.complete("", request);
        long position = commands.send(new AddPlanItem(id, item.pipeId(), item.method(), item.estimatedCostSek()), id);
        return Answers.accepted(position, Map.of("planId", id, "pipeId", item.pipeId(), "method", item.method(),
                "estimatedCostSek", item.estimatedCostSek(), "position", position));
    }

    @PostMapping("/{id}/items/{pipeId}/remove")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> removeItem(@PathVariable String id, @PathVariable String pipeId) {
        long position = commands.send(new RemovePlanItem(id, pipeId), id);
        return Answers.accepted(position, Map.of("planId", id, "pipeId", pipeId, "position", position));
    }

    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> act(@PathVariable String id, @PathVariable String action,
                                            @RequestBody(required = false) ActionRequest body, Principal principal) {
        ActionRequest request = body == null ? ActionRequest.EMPTY : body;
        String user = principal.getName();
        Object command = switch (action) {
            case "submit" -> new SubmitRenewalPlan(id, user);
            case "approve" -> new ApproveRenewalPlan(id, user);
            case "return" -> new ReturnRenewalPlan(id, user, request.reason());
            case "execute" -> execution(id, request);
            case "complete" -> new CompleteRenewalPlan(id);
            default -> throw new InvalidInput("action", "'" + action + "' is not an action on a plan; use one of " + ACTIONS);
        };
        long position = commands.send(command, id);
        return Answers.accepted(position, Map.of("planId", id, "action", action, "position", position));
    }

    private ExecutePlanItem execution(String planId, ActionRequest request) {
        if (request.pipeId() == null || request.pipeId().isBlank()) {
            throw new InvalidInput("pipeId", "say which item was executed: pipeId is required");
        }
        Material material = request.newMaterial() != null ? request.newMaterial() : defaultMaterial(planId, request.pipeId());
        int year = request.year() != null ? request.year() : UtilityTime.thisYear(clock);
        return new ExecutePlanItem(planId, request.pipeId(), material, year, request.actualCostSek());
    }

    /** What the item's method leaves in the ground, when the planner did not say. Null if the plan is not read yet. */
    private Material defaultMaterial(String planId, String pipeId) {
        readYourWrites.awaitAggregate(PLANNING, planId);
        Optional<RenewalPlanView> plan = queries.query(new FindRenewalPlan(planId),
                ResponseTypes.optionalInstanceOf(RenewalPlanView.class)).join();
        return plan.flatMap(p -> p.items().stream().filter(i -> i.pipeId().equals(pipeId)).findFirst())
                .map(item -> RenewalDefaults.materialAfter(item.method(), pipes.find("pipeId", pipeId).networkKind()))
                .orElse(null);
    }

    @GetMapping
    ResponseEntity<List<RenewalPlanView>> plans(@RequestParam(required = false) String status,
                                                @RequestParam(required = false) Long minPosition) {
        return reads.answer(PLANNING, minPosition, () -> queries.query(new FindRenewalPlans(status),
                ResponseTypes.multipleInstancesOf(RenewalPlanView.class)).join());
    }

    @GetMapping("/{id}")
    ResponseEntity<RenewalPlanView> plan(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        return reads.answer(PLANNING, minPosition, () -> queries.query(new FindRenewalPlan(id),
                        ResponseTypes.optionalInstanceOf(RenewalPlanView.class)).join()
                .orElseThrow(() -> new NotFound("No renewal plan with id " + id)));
    }
}
