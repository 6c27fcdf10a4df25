package se.valedger.http.api.network;

import java.net.URI;
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
import se.valedger.http.Answers;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.network.FindNode;
import se.valedger.network.FindNodes;
import se.valedger.network.NetworkIds;
import se.valedger.network.NodeKind;
import se.valedger.network.NodePage;
import se.valedger.network.NodeView;

/** {@code GET/POST /api/nodes}: the network's nodes. */
@RestController
@RequestMapping("/api/nodes")
class NodeController {

    static final String NETWORK = "network";
    static final int MAX_PAGE_SIZE = 500;

    private final CommandSender commands;
    private final Reads reads;
    private final QueryGateway queries;

    NodeController(CommandSender commands, Reads reads, QueryGateway queries) {
        this.commands = commands;
        this.reads = reads;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> register(@RequestBody NodeRegistration request) {
        var command = request.toCommand();
        long position = commands.send(command, NetworkIds.node(String.valueOf(request.id())));
        URI location = UriComponentsBuilder.fromPath("/api/nodes/{id}").buildAndExpand(request.id()).toUri();
        return Answers.created(location, position, Map.of("id", request.id(), "position", position));
    }

    @GetMapping("/{id}")
    ResponseEntity<NodeView> node(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        return reads.answer(NETWORK, minPosition, () -> queries
                .query(new FindNode(id), ResponseTypes.optionalInstanceOf(NodeView.class)).join()
                .orElseThrow(() -> new NotFound("No node " + id)));
    }

    @GetMapping
    ResponseEntity<NodePage> nodes(@RequestParam(required = false) NodeKind kind,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size,
                                   @RequestParam(required = false) Long minPosition) {
        paging(page, size);
        return reads.answer(NETWORK, minPosition, () -> queries.query(new FindNodes(kind, page, size), NodePage.class).join());
    }

    static void paging(int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "page numbers start at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "page size is 1 to " + MAX_PAGE_SIZE);
        }
    }
}
