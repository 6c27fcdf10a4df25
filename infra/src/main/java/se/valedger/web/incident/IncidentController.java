package se.valedger.web.incident;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import se.valedger.incident.FindIncident;
import se.valedger.incident.FindIncidents;
import se.valedger.incident.Impact;
import se.valedger.incident.IncidentStep;
import se.valedger.incident.IncidentView;
import se.valedger.incident.RecordIncident;
import se.valedger.incident.ReportIncidentStep;
import se.valedger.incident.Significance;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.web.Commands;
import se.valedger.web.Reads;

/** The NIS2 incident register with its 24 h / 72 h / one month clocks. */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    static final String REGISTER = "incident-register";

    /** The body of {@code POST /api/incidents}; the id is ours unless the caller brings one. */
    record IncidentReport(String id, Instant awareAt, String description, List<String> affectedServices,
                          Boolean suspectedMalicious, Boolean crossBorder, Impact impact) {
    }

    /** The body of {@code POST /api/incidents/{id}/{action}}; {@code at} defaults to now. */
    record StepReport(Instant at, String report) {
    }

    private final Commands commands;
    private final Reads reads;
    private final QueryGateway queryGateway;
    private final Clock clock;

    IncidentController(Commands commands, Reads reads, QueryGateway queryGateway, Clock clock) {
        this.commands = commands;
        this.reads = reads;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> record(@RequestBody IncidentReport body) {
        String id = body.id() == null || body.id().isBlank() ? "INC-" + UUID.randomUUID() : body.id().strip();
        long position = commands.send(new RecordIncident(id, body.awareAt(), body.description(), body.affectedServices(),
                body.suspectedMalicious(), body.crossBorder(), body.impact()), id);
        URI location = UriComponentsBuilder.fromPath("/api/incidents/{id}").buildAndExpand(id).toUri();
        return Commands.created(location, position, Map.of("id", id, "position", position));
    }

    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> step(@PathVariable String id, @PathVariable String action,
                                             @RequestBody(required = false) StepReport body) {
        IncidentStep step = IncidentStep.ofAction(action);
        if (step == null) {
            throw new InvalidInput("action", "'" + action + "' is not a step; use one of " + IncidentStep.actions());
        }
        Instant at = body == null || body.at() == null ? clock.instant() : body.at();
        long position = commands.send(new ReportIncidentStep(id, step, at, body == null ? null : body.report()), id);
        return Commands.accepted(position, Map.of("id", id, "step", step.action(), "position", position));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    ResponseEntity<List<IncidentView>> incidents(@RequestParam(defaultValue = "true") boolean openOnly,
                                                 @RequestParam(required = false) Long minPosition) {
        return reads.answer(REGISTER, minPosition, () -> queryGateway.query(new FindIncidents(openOnly, clock.instant()),
                ResponseTypes.multipleInstancesOf(IncidentView.class)).join());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    ResponseEntity<IncidentView> incident(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        return reads.answer(REGISTER, minPosition, () -> queryGateway
                .query(new FindIncident(id, clock.instant()), ResponseTypes.optionalInstanceOf(IncidentView.class)).join()
                .orElseThrow(() -> new NotFound("No incident with id " + id)));
    }

    /** The default significance heuristic for water, for a proposed impact (nothing is recorded). */
    @GetMapping("/significance")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN', 'AUDITOR')")
    Significance.Assessment significance(@RequestParam(required = false) Double outageHours,
                                         @RequestParam(required = false) Integer personsAffected,
                                         @RequestParam(defaultValue = "false") boolean hospitalAffected,
                                         @RequestParam(defaultValue = "false") boolean scadaAffected) {
        return Significance.assess(new Impact(outageHours, personsAffected, hospitalAffected, scadaAffected));
    }
}
