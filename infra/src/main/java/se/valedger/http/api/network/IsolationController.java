package se.valedger.http.api.network;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.Reads;
import se.valedger.kernel.NotFound;
import se.valedger.network.Criticality;
import se.valedger.network.CriticalityResult;
import se.valedger.network.FindCriticality;
import se.valedger.network.FindIsolation;
import se.valedger.network.Isolation;
import se.valedger.network.IsolationResult;
import se.valedger.kernel.RuleViolated;

/**
 * {@code GET /api/pipes/{id}/isolation}: the valves to close for a pipe and what loses water;
 * {@code GET /api/pipes/{id}/criticality}: what its failure means (households, critical customers, single feed).
 */
@RestController
class IsolationController {

    private final Reads reads;
    private final QueryGateway queries;

    IsolationController(Reads reads, QueryGateway queries) {
        this.reads = reads;
        this.queries = queries;
    }

    @GetMapping("/api/pipes/{id}/isolation")
    ResponseEntity<Isolation> isolation(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        return reads.answer(NodeController.NETWORK, minPosition, () -> {
            IsolationResult result = queries.query(new FindIsolation(id), IsolationResult.class).join();
            if (result.refusedBecause() != null) {
                throw new RuleViolated("PipesMustBeInTheGraph", result.refusedBecause());
            }
            if (result.isolation() == null) {
                throw new NotFound("No pipe " + id + " in the network");
            }
            return result.isolation();
        });
    }

    @GetMapping("/api/pipes/{id}/criticality")
    ResponseEntity<Criticality> criticality(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        return reads.answer(NodeController.NETWORK, minPosition, () -> {
            CriticalityResult result = queries.query(new FindCriticality(id), CriticalityResult.class).join();
            if (result.refusedBecause() != null) {
                throw new RuleViolated("PipesMustBeInTheGraph", result.refusedBecause());
            }
            if (result.criticality() == null) {
                throw new NotFound("No pipe " + id + " in the network");
            }
            return result.criticality();
        });
    }
}
