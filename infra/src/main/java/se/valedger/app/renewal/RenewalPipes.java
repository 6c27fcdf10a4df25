package se.valedger.app.renewal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.valedger.app.pipe.RegisterLookup;
import se.valedger.app.renewal.ItemRequest;
import se.valedger.kernel.InvalidInput;
import se.valedger.pipe.PipeSummary;
import se.valedger.pipe.RenewalMethod;
import se.valedger.renewal.NetworkPipe;
import se.valedger.renewal.PlanItem;
import se.valedger.renewal.RenewalDefaults;
import se.valedger.renewal.RenewalProposal;
import se.valedger.renewal.RenewalUnitCosts;

/** Fills in what a planner left out of an item: the default method and the unit-cost estimate. */
@Component
public class RenewalPipes {

    private final RegisterLookup register;
    private final RenewalUnitCosts costs;

    RenewalPipes(RegisterLookup register, RenewalUnitCosts costs) {
        this.register = register;
        this.costs = costs;
    }

    /** Lets the register catch up with the pipe here, so the plan's command need not wait inside its transaction. */
    void awaitRegister(String pipeId) {
        register.awaitCaughtUp(pipeId);
    }

    /** A proposal's pipes as plan items, the register caught up with each of them. */
    public List<PlanItem> itemsOf(RenewalProposal proposal) {
        List<PlanItem> items = new ArrayList<>();
        for (var proposed : proposal.items()) {
            awaitRegister(proposed.pipeId());
            items.add(new PlanItem(proposed.pipeId(), proposed.method(), proposed.costSek()));
        }
        return items;
    }

    public PipeSummary find(String field, String pipeId) {
        if (pipeId == null || pipeId.isBlank()) {
            throw new InvalidInput(field, "an item names the pipe to renew");
        }
        return register.find(pipeId)
                .orElseThrow(() -> new InvalidInput(field, "no pipe with id " + pipeId + " is in the register"));
    }

    public PlanItem complete(String prefix, ItemRequest item) {
        if (item == null) {
            throw new InvalidInput(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "an item cannot be empty");
        }
        if (item.method() != null && item.estimatedCostSek() != null) {
            if (item.pipeId() != null && !item.pipeId().isBlank()) {
                awaitRegister(item.pipeId());
            }
            return new PlanItem(item.pipeId(), item.method(), item.estimatedCostSek());
        }
        PipeSummary pipe = find(prefix + "pipeId", item.pipeId());
        RenewalMethod method = item.method() != null ? item.method() : RenewalDefaults.methodFor(asNetworkPipe(pipe));
        long cost = item.estimatedCostSek() != null ? item.estimatedCostSek()
                : costs.estimateSek(method, pipe.diameterMm(), pipe.lengthM());
        return new PlanItem(item.pipeId(), method, cost);
    }

    /** An item for the UI: without a method the proposal's default for the pipe, the cost estimated. */
    public PlanItem item(String pipeId, RenewalMethod method) {
        return complete("", new ItemRequest(pipeId, method, null));
    }

    static NetworkPipe asNetworkPipe(PipeSummary p) {
        return new NetworkPipe(p.pipeId(), p.networkKind(), p.material(), p.diameterMm(), p.lengthM(), p.installationYear(),
                p.consequenceClass(), p.latestGrade());
    }
}
