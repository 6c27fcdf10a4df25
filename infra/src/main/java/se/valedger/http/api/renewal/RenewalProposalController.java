package se.valedger.http.api.renewal;

import java.time.Clock;
import java.util.Map;
import java.util.NavigableMap;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.Reads;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.RenewalMethod;
import se.valedger.renewal.ProposeRenewals;
import se.valedger.renewal.RenewalProposal;
import se.valedger.renewal.RenewalUnitCosts;

/** Budget-constrained renewal proposals with the strategies' forecasts side by side. A read: everyone may ask. */
@RestController
class RenewalProposalController {

    static final int LATEST_YEARS_AHEAD = 50;

    private final Reads reads;
    private final QueryGateway queries;
    private final RenewalUnitCosts costs;
    private final Clock clock;

    RenewalProposalController(Reads reads, QueryGateway queries, RenewalUnitCosts costs, Clock clock) {
        this.reads = reads;
        this.queries = queries;
        this.costs = costs;
        this.clock = clock;
    }

    /** A proposal is planning: PLANNER and ADMIN, like the plans it feeds (README, role matrix). */
    @PostMapping("/api/renewal-proposals")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<RenewalProposal> propose(@RequestBody ProposalRequest request,
                                            @RequestParam(required = false) String district,
                                            @RequestParam(required = false) se.valedger.pipe.NetworkKind networkKind,
                                            @RequestParam(required = false) String asOf,
                                            @RequestParam(required = false) Long minPosition) {
        ProposeRenewals plain = query(request.year(), budget(request), request.strategy(),
                request.forecast() == null || request.forecast(), clock);
        String inDistrict = district != null ? district : request.district();
        if (inDistrict != null && inDistrict.length() > 200) {
            throw new InvalidInput("district", "a district name is at most 200 characters");
        }
        ProposeRenewals query = new ProposeRenewals(plain.year(), plain.budgetSek(), plain.strategy(), plain.forecast(),
                inDistrict, networkKind != null ? networkKind : request.networkKind(), ProposalAsOf.parse(asOf));
        return reads.answer(RenewalPlanController.PLANNING, minPosition,
                () -> queries.query(query, RenewalProposal.class).join());
    }

    @GetMapping("/api/renewal-unit-costs")
    Map<RenewalMethod, NavigableMap<Integer, Integer>> unitCosts() {
        return costs.sekPerMetre();
    }

    static ProposeRenewals query(Integer year, Long budgetSek, se.valedger.renewal.ProposalStrategy strategy,
                                 boolean forecast, Clock clock) {
        if (year == null) {
            throw new InvalidInput("year", "year is required: the year the renewals are for");
        }
        int now = UtilityTime.thisYear(clock);
        if (year < now - 1 || year > now + LATEST_YEARS_AHEAD) {
            throw new InvalidInput("year", "a proposal's year is from " + (now - 1) + " to " + (now + LATEST_YEARS_AHEAD)
                    + ", was " + year);
        }
        if (budgetSek == null) {
            throw new InvalidInput("budgetSek", "budgetSek is required");
        }
        if (budgetSek < 0 || budgetSek > 1_000_000_000_000L) {
            throw new InvalidInput("budgetSek", "a budget is 0 to 1000000000000 SEK, was " + budgetSek);
        }
        if (strategy == null) {
            throw new InvalidInput("strategy", "strategy is required: highest-risk, oldest-first, worst-condition or do-nothing");
        }
        return new ProposeRenewals(year, budgetSek, strategy, forecast);
    }

    static Long budget(ProposalRequest request) {
        if (request.budget() != null && request.budgetSek() != null && !request.budget().equals(request.budgetSek())) {
            throw new InvalidInput("budget", "give the budget once, as budgetSek");
        }
        return request.budgetSek() != null ? request.budgetSek() : request.budget();
    }
}
