package se.valedger.renewal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;
import se.valedger.pipe.RenewalMethod;

/** A year's (or a programme's) renewal plan with a budget, reviewed by a second person before it is carried out. */
@Aggregate(cache = "renewalPlanCache")
class RenewalPlan {

    @AggregateIdentifier
    private String planId;
    private String author;
    private long budgetSek;
    private PlanStatus status;
    private final Map<String, Item> items = new LinkedHashMap<>();

    /** One item's state; a record, so snapshots (general serializer) and the fixture's state check work. */
    record Item(RenewalMethod method, long estimatedCostSek, boolean executed, long executedCostSek,
                boolean renewalDispatched) {
    }

    RenewalPlan() {
        // for Axon
    }

    @CommandHandler
    RenewalPlan(DraftRenewalPlan command, OpenPlanItems openItems, PipeStatusLookup pipes, Clock clock) {
        PlausiblePlan.checkDraft(command, clock);
        List<PlanItem> initial = command.items();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < initial.size(); i++) {
            PlanItem item = initial.get(i);
            String prefix = "items[" + i + "].";
            if (item == null) {
                throw new InvalidInput("items[" + i + "]", "an item cannot be empty");
            }
            PlausiblePlan.checkItem(prefix, item.pipeId(), item.method(), item.estimatedCostSek());
            if (!seen.add(item.pipeId())) {
                throw new InvalidInput(prefix + "pipeId", "pipe " + item.pipeId() + " is listed twice");
            }
            DecommissionedPipesCannotBePlanned.check(pipes, prefix + "pipeId", item.pipeId());
            PipeInAtMostOneOpenPlan.claim(openItems, item.pipeId(), command.planId());
        }
        apply(new RenewalPlanDrafted(command.planId(), command.year(),
                command.programme() == null || command.programme().isBlank() ? null : command.programme().strip(),
                command.budgetSek(), command.author().strip()));
        for (PlanItem item : initial) {
            apply(new PlanItemAdded(command.planId(), item.pipeId(), item.method(), item.estimatedCostSek()));
        }
    }

    @CommandHandler
    void handle(AddPlanItem command, OpenPlanItems openItems, PipeStatusLookup pipes) {
        ApprovedPlanIsFrozen.check(status);
        PlausiblePlan.checkItem("", command.pipeId(), command.method(), command.estimatedCostSek());
        if (items.containsKey(command.pipeId())) {
            throw new RuleViolated("PipeInAtMostOneOpenPlan", "pipe " + command.pipeId() + " is already in this plan");
        }
        DecommissionedPipesCannotBePlanned.check(pipes, "pipeId", command.pipeId());
        PipeInAtMostOneOpenPlan.claim(openItems, command.pipeId(), planId);
        apply(new PlanItemAdded(planId, command.pipeId(), command.method(), command.estimatedCostSek()));
    }

    @CommandHandler
    void handle(RemovePlanItem command, OpenPlanItems openItems) {
        ApprovedPlanIsFrozen.check(status);
        if (!items.containsKey(command.pipeId())) {
            throw new InvalidInput("pipeId", "pipe " + command.pipeId() + " is not in this plan");
        }
        openItems.release(command.pipeId(), planId);
        apply(new PlanItemRemoved(planId, command.pipeId()));
    }

    @CommandHandler
    void handle(SubmitRenewalPlan command) {
        PlanLifecycle.require(status, "submitted", PlanStatus.DRAFT, PlanStatus.RETURNED);
        if (items.isEmpty()) {
            throw new RuleViolated("PlanMustHaveItems", "a plan without items cannot be submitted");
        }
        long total = totalCost();
        PlanMustFitBudget.check(total, budgetSek);
        apply(new RenewalPlanSubmitted(planId, command.submittedBy(), total, budgetSek));
    }

    @CommandHandler
    void handle(ApproveRenewalPlan command) {
        PlanLifecycle.require(status, "approved", PlanStatus.SUBMITTED);
        ApproverMustDifferFromAuthor.check(author, command.approver());
        apply(new RenewalPlanApproved(planId, command.approver().strip()));
    }

    @CommandHandler
    void handle(ReturnRenewalPlan command) {
        PlanLifecycle.require(status, "returned", PlanStatus.SUBMITTED);
        ApproverMustDifferFromAuthor.check(author, command.reviewer());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInput("reason", "say why the plan is returned, so its author can change it");
        }
        if (command.reason().length() > 2000) {
            throw new InvalidInput("reason", "a reason is at most 2000 characters");
        }
        apply(new RenewalPlanReturned(planId, command.reviewer().strip(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ExecutePlanItem command, Clock clock) {
        PlanLifecycle.require(status, "executed", PlanStatus.APPROVED);
        Item item = items.get(command.pipeId());
        if (item == null) {
            throw new InvalidInput("pipeId", "pipe " + command.pipeId() + " is not in this plan");
        }
        if (item.executed()) {
            throw new RuleViolated("EachItemExecutedOnce", "the renewal of pipe " + command.pipeId()
                    + " is already recorded as executed");
        }
        PlausiblePlan.checkExecution(command, clock);
        apply(new PlanItemExecuted(planId, command.pipeId(), item.method(), command.newMaterial(), command.year(),
                command.actualCostSek() == null ? item.estimatedCostSek() : command.actualCostSek()));
    }

    @CommandHandler
    boolean handle(MarkPipeRenewalDispatched command) {
        Item item = items.get(command.pipeId());
        if (item == null || !item.executed()) {
            throw new RuleViolated("EachItemExecutedOnce", "pipe " + command.pipeId() + " has no executed item in this plan");
        }
        if (item.renewalDispatched()) {
            return false;
        }
        apply(new PipeRenewalDispatched(planId, command.pipeId()));
        return true;
    }

    @CommandHandler
    void handle(CompleteRenewalPlan command, OpenPlanItems openItems) {
        PlanLifecycle.require(status, "completed", PlanStatus.APPROVED);
        List<String> open = items.entrySet().stream().filter(e -> !e.getValue().executed()).map(Map.Entry::getKey).toList();
        if (!open.isEmpty()) {
            throw new RuleViolated("AllItemsExecutedBeforeCompletion", open.size() + " item(s) are not executed yet: "
                    + String.join(", ", open.subList(0, Math.min(10, open.size()))));
        }
        openItems.releaseAll(planId);
        apply(new RenewalPlanCompleted(planId, items.values().stream().mapToLong(Item::executedCostSek).sum()));
    }

    private long totalCost() {
        return items.values().stream().mapToLong(Item::estimatedCostSek).sum();
    }

    @EventSourcingHandler
    void on(RenewalPlanDrafted event) {
        planId = event.planId();
        author = event.author();
        budgetSek = event.budgetSek();
        status = PlanStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(PlanItemAdded event) {
        items.put(event.pipeId(), new Item(event.method(), event.estimatedCostSek(), false, 0, false));
    }

    @EventSourcingHandler
    void on(PlanItemRemoved event) {
        items.remove(event.pipeId());
    }

    @EventSourcingHandler
    void on(RenewalPlanSubmitted event) {
        status = PlanStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(RenewalPlanApproved event) {
        status = PlanStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(RenewalPlanReturned event) {
        status = PlanStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(PlanItemExecuted event) {
        Item item = items.get(event.pipeId());
        items.put(event.pipeId(), new Item(item.method(), item.estimatedCostSek(), true, event.costSek(), false));
    }

    @EventSourcingHandler
    void on(PipeRenewalDispatched event) {
        Item item = items.get(event.pipeId());
        items.put(event.pipeId(), new Item(item.method(), item.estimatedCostSek(), true, item.executedCostSek(), true));
    }

    @EventSourcingHandler
    void on(RenewalPlanCompleted event) {
        status = PlanStatus.COMPLETED;
    }
}
