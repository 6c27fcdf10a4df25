package se.valedger.http.api.incident;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
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
import se.valedger.app.CommandSender;
import se.valedger.app.Reads;
import se.valedger.http.Answers;
import se.valedger.incident.CloseIncidentAsNotSignificant;
import se.valedger.incident.EssentialService;
import se.valedger.incident.FindIncident;
import se.valedger.incident.FindIncidents;
import se.valedger.incident.IncidentAuthorities;
import se.valedger.incident.IncidentFacts;
import se.valedger.incident.IncidentStep;
import se.valedger.incident.IncidentView;
import se.valedger.incident.NotifyCustomers;
import se.valedger.incident.ReassessIncident;
import se.valedger.incident.RecordIncident;
import se.valedger.incident.ReportIncidentStep;
import se.valedger.incident.RequestIntermediateReport;
import se.valedger.incident.SignificanceThresholds;
import se.valedger.incident.SignificantIncident;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;

/**
 * The NIS2 incident register: significance per Art. 23(3), reassessment, the 24 h / 72 h / one month clocks,
 * the intermediate report on request and the notice to the recipients of the service.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    static final String REGISTER = "incident-register";
    static final String IMPACT_CONVERTED = "impact (the former shape) was read as facts: outageHours -> supplyLostHours, "
            + "hospitalAffected -> criticalCustomerAffected, scadaAffected -> otIntrusion";

    /** The former shape of the facts, still accepted and converted (the answer says so). */
    record FormerImpact(Double outageHours, Integer personsAffected, Boolean hospitalAffected, Boolean scadaAffected) {

        IncidentFacts asFacts() {
            return new IncidentFacts(List.of(), outageHours, personsAffected, hospitalAffected, null, null, null, null,
                    scadaAffected, null, null, null);
        }
    }

    /** The body of {@code POST /api/incidents}; the id is ours unless the caller brings one. */
    record IncidentReport(String id, Instant awareAt, String description, List<String> affectedServices,
                          Boolean suspectedMalicious, Boolean crossBorder, IncidentFacts facts, FormerImpact impact) {
    }

    /** The body of {@code POST /api/incidents/{id}/{action}}; {@code at} defaults to now. */
    record StepReport(Instant at, String report) {
    }

    record Reassessment(Instant at, IncidentFacts facts, Boolean suspectedMalicious, Boolean crossBorder, String reason) {
    }

    record NotSignificant(Instant at, String reason) {
    }

    record IntermediateRequest(String requestedBy, Instant at, Instant dueAt, String request) {
    }

    record CustomerNotice(Instant at, String channel, String text) {
    }

    private final CommandSender commands;
    private final Reads reads;
    private final QueryGateway queryGateway;
    private final Clock clock;
    private final SignificanceThresholds thresholds;
    private final IncidentAuthorities authorities;

    IncidentController(CommandSender commands, Reads reads, QueryGateway queryGateway, Clock clock,
                       SignificanceThresholds thresholds, IncidentAuthorities authorities) {
        this.commands = commands;
        this.reads = reads;
        this.queryGateway = queryGateway;
        this.clock = clock;
        this.thresholds = thresholds;
        this.authorities = authorities;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> record(@RequestBody IncidentReport body) {
        if (body.facts() != null && body.impact() != null) {
            throw new InvalidInput("impact", "give facts or the former impact, not both");
        }
        IncidentFacts facts = body.impact() != null ? body.impact().asFacts() : body.facts();
        String id = body.id() == null || body.id().isBlank() ? "INC-" + UUID.randomUUID() : body.id().strip();
        long position = commands.send(new RecordIncident(id, body.awareAt(), body.description(), body.affectedServices(),
                body.suspectedMalicious(), body.crossBorder(), facts), id);
        URI location = UriComponentsBuilder.fromPath("/api/incidents/{id}").buildAndExpand(id).toUri();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("position", position);
        answer.put("assessment", SignificantIncident.assess(facts, thresholds));
        if (body.impact() != null) {
            answer.put("converted", IMPACT_CONVERTED);
        }
        return Answers.created(location, position, answer);
    }

    @PostMapping("/{id}/reassess")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> reassess(@PathVariable String id, @RequestBody Reassessment body) {
        long position = commands.send(new ReassessIncident(id, atOrNow(body.at()), body.facts(), body.suspectedMalicious(),
                body.crossBorder(), body.reason()), id);
        return Answers.accepted(position, Map.of("id", id, "step", "reassess", "position", position,
                "assessment", SignificantIncident.assess(body.facts(), thresholds)));
    }

    @PostMapping("/{id}/close-not-significant")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> closeNotSignificant(@PathVariable String id, @RequestBody NotSignificant body) {
        return stepTaken(id, "close-not-significant",
                new CloseIncidentAsNotSignificant(id, atOrNow(body.at()), body.reason()));
    }

    @PostMapping("/{id}/intermediate-report-request")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> intermediateReportRequest(@PathVariable String id,
                                                                  @RequestBody IntermediateRequest body) {
        return stepTaken(id, "intermediate-report-request",
                new RequestIntermediateReport(id, body.requestedBy(), atOrNow(body.at()), body.dueAt(), body.request()));
    }

    @PostMapping("/{id}/customer-notice")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> customerNotice(@PathVariable String id, @RequestBody CustomerNotice body) {
        return stepTaken(id, "customer-notice", new NotifyCustomers(id, atOrNow(body.at()), body.channel(), body.text()));
    }

    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> step(@PathVariable String id, @PathVariable String action,
                                             @RequestBody(required = false) StepReport body) {
        IncidentStep step = IncidentStep.ofAction(action);
        if (step == null) {
            throw new InvalidInput("action", "'" + action + "' is not a step; use one of " + IncidentStep.actions()
                    + ", reassess, close-not-significant, intermediate-report-request, customer-notice");
        }
        Instant at = body == null ? clock.instant() : atOrNow(body.at());
        return stepTaken(id, step.action(), new ReportIncidentStep(id, step, at, body == null ? null : body.report()));
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

    /**
     * The significance rule ({@link SignificantIncident}) for proposed facts (nothing is recorded), with the ASSUMED
     * thresholds and where a significant incident is reported. The former parameters {@code outageHours},
     * {@code hospitalAffected} and {@code scadaAffected} are still read (the answer says how).
     */
    @GetMapping("/significance")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN', 'AUDITOR')")
    Map<String, Object> significance(@RequestParam(required = false) List<EssentialService> services,
                                     @RequestParam(required = false) Double supplyLostHours,
                                     @RequestParam(required = false) Integer personsAffected,
                                     @RequestParam(required = false) Boolean criticalCustomerAffected,
                                     @RequestParam(required = false) Boolean treatmentFailure,
                                     @RequestParam(required = false) Double untreatedDischargeM3,
                                     @RequestParam(required = false) Double untreatedDischargeHours,
                                     @RequestParam(required = false) String recipient,
                                     @RequestParam(required = false) Boolean otIntrusion,
                                     @RequestParam(required = false) Boolean dataExfiltration,
                                     @RequestParam(required = false) Long financialLossSek,
                                     @RequestParam(required = false) Boolean potential,
                                     @RequestParam(required = false) Double outageHours,
                                     @RequestParam(required = false) Boolean hospitalAffected,
                                     @RequestParam(required = false) Boolean scadaAffected) {
        boolean former = outageHours != null || hospitalAffected != null || scadaAffected != null;
        IncidentFacts facts = new IncidentFacts(services, supplyLostHours != null ? supplyLostHours : outageHours,
                personsAffected, criticalCustomerAffected != null ? criticalCustomerAffected : hospitalAffected,
                treatmentFailure, untreatedDischargeM3, untreatedDischargeHours, recipient,
                otIntrusion != null ? otIntrusion : scadaAffected, dataExfiltration, financialLossSek, potential);
        SignificantIncident.Assessment assessment = SignificantIncident.assess(facts, thresholds);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("significant", assessment.significant());
        answer.put("criteria", assessment.criteria());
        answer.put("codedCriteria", assessment.codedCriteria());
        answer.put("assumed", assessment.assumed());
        answer.put("likelyToAffectTheService", assessment.likelyToAffectTheService());
        answer.put("basis", assessment.basis());
        answer.put("reportTo", Map.of("csirt", authorities.csirt().shown(),
                "supervisoryAuthority", authorities.supervisoryAuthority().shown()));
        if (former) {
            answer.put("converted", "the former parameters were read as: outageHours -> supplyLostHours, "
                    + "hospitalAffected -> criticalCustomerAffected, scadaAffected -> otIntrusion");
        }
        return answer;
    }

    /** Every step of an incident's life answers alike: which incident, which step, and the position to read from. */
    private ResponseEntity<Map<String, Object>> stepTaken(String id, String step, Object command) {
        long position = commands.send(command, id);
        return Answers.accepted(position, Map.of("id", id, "step", step, "position", position));
    }

    private Instant atOrNow(Instant at) {
        return at == null ? clock.instant() : at;
    }
}
