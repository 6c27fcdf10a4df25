package se.valedger.http.api.pipe;

import java.net.URI;
import java.util.Map;
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
import se.valedger.app.Reads;
import se.valedger.http.Answers;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.pipe.FindPipe;
import se.valedger.pipe.FindPipes;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipePage;
import se.valedger.pipe.PipeSummary;

@RestController
@RequestMapping("/api/pipes")
class PipeController {

    static final String REGISTER = "pipe-register";
    static final int MAX_PAGE_SIZE = 500;

    private final CommandSender commands;
    private final Reads reads;
    private final QueryGateway queryGateway;

    PipeController(CommandSender commands, Reads reads, QueryGateway queryGateway) {
        this.commands = commands;
        this.reads = reads;
        this.queryGateway = queryGateway;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> register(@RequestBody PipeRegistration registration) {
        long position = commands.send(registration.toCommand(), registration.id());
        URI location = UriComponentsBuilder.fromPath("/api/pipes/{id}").buildAndExpand(registration.id()).toUri();
        return Answers.created(location, position, Map.of("id", registration.id(), "position", position));
    }

    @PostMapping("/{id}/inspections")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> logInspection(@PathVariable String id, @RequestBody InspectionReport report) {
        String inspectionId = UUID.randomUUID().toString();
        long position = commands.send(report.toCommand(id, inspectionId), id);
        return Answers.accepted(position, Map.of("pipeId", id, "inspectionId", inspectionId, "position", position));
    }

    @GetMapping("/{id}")
    ResponseEntity<PipeSummary> pipe(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        return reads.answer(REGISTER, minPosition, () -> queryGateway
                .query(new FindPipe(id), ResponseTypes.optionalInstanceOf(PipeSummary.class)).join()
                .orElseThrow(() -> new NotFound("No pipe with id " + id + " is registered")));
    }

    @GetMapping
    ResponseEntity<PipePage> pipes(@RequestParam(required = false) NetworkKind networkKind,
                                   @RequestParam(required = false) String district,
                                   @RequestParam(required = false) String idPrefix,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size,
                                   @RequestParam(required = false) Long minPosition) {
        if (page < 0) {
            throw new InvalidInput("page", "page numbers start at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "page size is 1 to " + MAX_PAGE_SIZE);
        }
        FindPipes query = new FindPipes(networkKind, district, idPrefix, page, size);
        return reads.answer(REGISTER, minPosition, () -> queryGateway.query(query, PipePage.class).join());
    }

}
