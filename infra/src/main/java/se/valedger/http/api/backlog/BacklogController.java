package se.valedger.http.api.backlog;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.Reads;
import se.valedger.backlog.BacklogPage;
import se.valedger.backlog.BacklogSort;
import se.valedger.backlog.BacklogSource;
import se.valedger.backlog.BacklogStatus;
import se.valedger.backlog.FindBacklog;
import se.valedger.kernel.InvalidInput;
import se.valedger.pipe.NetworkKind;

/**
 * {@code GET /api/backlog}: active work items ranked by risk (or due time), each with its risk explanation and the
 * condition it is scored with; {@code ?asOf=YYYY-MM-DD} scores them as of that date (default the utility's today).
 */
@RestController
@RequestMapping("/api/backlog")
class BacklogController {

    static final String BACKLOG = "backlog";
    static final int MAX_PAGE_SIZE = 500;

    private final Reads reads;
    private final QueryGateway queries;

    BacklogController(Reads reads, QueryGateway queries) {
        this.reads = reads;
        this.queries = queries;
    }

    @GetMapping
    ResponseEntity<BacklogPage> backlog(@RequestParam(required = false) NetworkKind networkKind,
                                        @RequestParam(required = false) String district,
                                        @RequestParam(required = false) BacklogSource source,
                                        @RequestParam(required = false) BacklogStatus status,
                                        @RequestParam(defaultValue = "RISK") BacklogSort sort,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size,
                                        @RequestParam(required = false) String asOf,
                                        @RequestParam(required = false) Long minPosition) {
        if (page < 0) {
            throw new InvalidInput("page", "page numbers start at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "page size is 1 to " + MAX_PAGE_SIZE);
        }
        FindBacklog query = new FindBacklog(networkKind, district, source, status, sort, page, size, AsOfDate.parse(asOf));
        return reads.answer(BACKLOG, minPosition, () -> queries.query(query, BacklogPage.class).join());
    }
}
