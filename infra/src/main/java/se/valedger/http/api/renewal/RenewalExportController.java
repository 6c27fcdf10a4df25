package se.valedger.http.api.renewal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.Reads;
import se.valedger.kernel.NotFound;
import se.valedger.renewal.FindRenewalPlan;
import se.valedger.renewal.ProposeRenewals;
import se.valedger.renewal.RenewalPlanView;
import se.valedger.renewal.RenewalProposal;

/**
 * Papers for the technical committee as xlsx: {@code GET /api/renewal-plans/{id}/export} (whoever may read plans)
 * and {@code POST /api/renewal-proposals} with {@code Accept: }{@value RenewalWorkbooks#XLSX} (PLANNER, ADMIN, like
 * the proposal itself). Same reads, same refusals as the JSON answers.
 */
@RestController
class RenewalExportController {

    private final Reads reads;
    private final QueryGateway queries;
    private final RenewalWorkbooks workbooks;
    private final Clock clock;

    RenewalExportController(Reads reads, QueryGateway queries, RenewalWorkbooks workbooks, Clock clock) {
        this.reads = reads;
        this.queries = queries;
        this.workbooks = workbooks;
        this.clock = clock;
    }

    @GetMapping(path = "/api/renewal-plans/{id}/export", produces = RenewalWorkbooks.XLSX)
    ResponseEntity<byte[]> plan(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        ResponseEntity<RenewalPlanView> read = reads.answer(RenewalPlanController.PLANNING, minPosition,
                () -> queries.query(new FindRenewalPlan(id), ResponseTypes.optionalInstanceOf(RenewalPlanView.class))
                        .join().orElseThrow(() -> new NotFound("No renewal plan with id " + id)));
        return file(read.getHeaders(), workbooks.plan(read.getBody()), "renewal-plan-" + id + ".xlsx");
    }

    @PostMapping(path = "/api/renewal-proposals", produces = RenewalWorkbooks.XLSX)
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<byte[]> proposal(@RequestBody ProposalRequest request, @RequestParam(required = false) Long minPosition) {
        ProposeRenewals query = RenewalProposalController.query(request.year(), RenewalProposalController.budget(request),
                request.strategy(), request.forecast() == null || request.forecast(), clock);
        ResponseEntity<RenewalProposal> read = reads.answer(RenewalPlanController.PLANNING, minPosition,
                () -> queries.query(query, RenewalProposal.class).join());
        RenewalProposal proposal = read.getBody();
        return file(read.getHeaders(), workbooks.proposal(proposal),
                "renewal-proposal-" + proposal.year() + "-" + proposal.strategy().name().toLowerCase() + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(HttpHeaders readHeaders, byte[] bytes, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(readHeaders);
        headers.setContentType(MediaType.parseMediaType(RenewalWorkbooks.XLSX));
        headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(bytes);
    }
}
