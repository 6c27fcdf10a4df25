package se.valedger.http.api.plant;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import se.valedger.app.CommandSender;
import se.valedger.app.Reads;
import se.valedger.http.Answers;
import se.valedger.http.idempotency.IdempotencyFilter;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.plant.FindPlantCapacity;
import se.valedger.plant.MeasurementOutcome;
import se.valedger.plant.PlantCapacity;
import se.valedger.plant.FindWeeklyLoad;
import se.valedger.plant.InvalidateLabSample;
import se.valedger.plant.IsoWeeks;
import se.valedger.plant.LabSampleRecorded;
import se.valedger.plant.MarkWeekUnusual;
import se.valedger.plant.MarkWeekUsual;
import se.valedger.plant.PlantWeeklyLoad;
import se.valedger.plant.PlantOverflows;
import java.util.List;
import se.valedger.app.plant.PlantReport;
import se.valedger.app.plant.PlantReports;
import se.valedger.plant.RecordLabSample;
import se.valedger.kernel.UtilityTime;
import java.security.Principal;

@RestController
@RequestMapping("/api/plants")
class PlantController {

    static final String CAPACITY = "plant-capacity";

    private final CommandSender commands;
    private final Reads reads;
    private final QueryGateway queryGateway;
    private final java.time.Clock clock;
    private final PlantReports reports;

    PlantController(CommandSender commands, Reads reads, QueryGateway queryGateway, java.time.Clock clock,
                    PlantReports reports) {
        this.reports = reports;
        this.clock = clock;
        this.commands = commands;
        this.reads = reads;
        this.queryGateway = queryGateway;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> register(@RequestBody PlantRegistration registration) {
        long position = commands.send(registration.toCommand(), registration.id());
        URI location = UriComponentsBuilder.fromPath("/api/plants/{id}/capacity").buildAndExpand(registration.id()).toUri();
        return Answers.created(location, position, Map.of("id", registration.id(), "position", position));
    }

    @PostMapping("/{id}/measurements")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> measurement(@PathVariable String id, @RequestBody MeasurementReport report) {
        CommandSender.Sent<MeasurementOutcome> sent = commands.sendForResult(report.toCommand(id), id);
        MeasurementOutcome outcome = sent.result();
        long position = sent.position();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plantId", id);
        body.put("date", report.date().toString());
        body.put("outcome", outcome.name());
        body.put("position", position);
        return Answers.accepted(position, body);
    }

    @PostMapping("/{id}/bypasses")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> bypass(@PathVariable String id, @RequestBody BypassReport report,
                                               @RequestHeader(name = IdempotencyFilter.HEADER, required = false) String key) {
        String bypassId = key != null ? key : UUID.randomUUID().toString();
        long position = commands.send(report.toCommand(id, bypassId), id);
        return Answers.accepted(position, Map.of("plantId", id, "bypassId", bypassId, "position", position));
    }

    @PostMapping("/{id}/permit")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> permit(@PathVariable String id, @RequestBody PermitDecision decision) {
        long position = commands.send(decision.toCommand(id), id);
        return Answers.accepted(position, Map.of("plantId", id, "position", position));
    }

    @GetMapping(path = "/{id}/capacity", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlantCapacity> capacity(@PathVariable String id,
                                           @RequestParam(required = false) LocalDate from,
                                           @RequestParam(required = false) LocalDate to,
                                           @RequestParam(required = false) Long minPosition) {
        return reads.answer(CAPACITY, minPosition, () -> find(id, from, to));
    }

    @GetMapping(path = "/{id}/capacity", produces = "text/csv")
    ResponseEntity<String> capacityCsv(@PathVariable String id,
                                       @RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false) LocalDate to,
                                       @RequestParam(required = false) Long minPosition) {
        ResponseEntity<PlantCapacity> answer = reads.answer(CAPACITY, minPosition, () -> find(id, from, to));
        return ResponseEntity.ok()
                .headers(answer.getHeaders())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-capacity.csv\"")
                .body(CapacityCsv.write(answer.getBody()));
    }

    @PostMapping("/{id}/samples")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<LabSampleRecorded> sample(@PathVariable String id, @RequestBody LabSampleReport report,
                                             @RequestHeader(name = IdempotencyFilter.HEADER, required = false) String key) {
        RecordLabSample command = report.toCommand(id);
        if (command.sampleId() == null && key != null) {
            command = new RecordLabSample(id, key, command.kind(), command.date(), command.periodStart(),
                    command.periodEnd(), command.inflowM3(), command.values(), command.source());
        }
        CommandSender.Sent<LabSampleRecorded> sent = commands.sendForResult(command, id);
        URI location = UriComponentsBuilder.fromPath("/api/plants/{id}/weekly-load")
                .queryParam("year", IsoWeeks.yearOf(sent.result().week())).buildAndExpand(id).toUri();
        return Answers.created(location, sent.position(), sent.result());
    }

    @PostMapping("/{id}/samples/{sampleId}/invalidate")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> invalidate(@PathVariable String id, @PathVariable String sampleId,
                                                   @RequestBody SampleInvalidation body) {
        long position = commands.send(new InvalidateLabSample(id, sampleId, body.reason()), id);
        return Answers.accepted(position, Map.of("plantId", id, "sampleId", sampleId, "position", position));
    }

    @PostMapping("/{id}/sampling-rules")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> samplingRules(@PathVariable String id, @RequestBody SamplingRulesRequest body) {
        long position = commands.send(body.toCommand(id), id);
        return Answers.accepted(position, Map.of("plantId", id, "position", position));
    }

    @PostMapping("/{id}/weeks/{week}/unusual")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> unusual(@PathVariable String id, @PathVariable String week,
                                                @RequestBody WeekMarking body, Principal principal) {
        long position = commands.send(new MarkWeekUnusual(id, week, body.reason(), principal.getName()), id);
        return Answers.accepted(position, Map.of("plantId", id, "week", week, "unusual", true, "position", position));
    }

    @PostMapping("/{id}/weeks/{week}/usual")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> usual(@PathVariable String id, @PathVariable String week,
                                              @RequestBody WeekMarking body, Principal principal) {
        long position = commands.send(new MarkWeekUsual(id, week, body.reason(), principal.getName()), id);
        return Answers.accepted(position, Map.of("plantId", id, "week", week, "unusual", false, "position", position));
    }

    @GetMapping(path = "/{id}/weekly-load", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlantWeeklyLoad> weeklyLoad(@PathVariable String id, @RequestParam(required = false) Integer year,
                                               @RequestParam(required = false) Long minPosition) {
        int y = year(year);
        return reads.answer(CAPACITY, minPosition, () -> queryGateway.query(new FindWeeklyLoad(id, y),
                        ResponseTypes.optionalInstanceOf(PlantWeeklyLoad.class)).join()
                .orElseThrow(() -> new NotFound("No treatment plant with id " + id + " is registered")));
    }

    @PostMapping("/{id}/overflow-points")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> overflowPoint(@PathVariable String id, @RequestBody OverflowPointRequest body) {
        long position = commands.send(body.toCommand(id), id);
        URI location = UriComponentsBuilder.fromPath("/api/plants/{id}/overflow-points").buildAndExpand(id).toUri();
        return Answers.created(location, position, Map.of("plantId", id, "pointId", String.valueOf(body.id()),
                "position", position));
    }

    @GetMapping(path = "/{id}/overflow-points", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<PlantOverflows.Point>> overflowPoints(@PathVariable String id,
                                                              @RequestParam(required = false) Integer year,
                                                              @RequestParam(required = false) Long minPosition) {
        int y = year(year);
        ResponseEntity<PlantOverflows> answer = reads.answer(CAPACITY, minPosition, () -> overflowsOf(id, y));
        return ResponseEntity.ok().headers(answer.getHeaders()).body(answer.getBody().points());
    }

    @PostMapping("/{id}/overflows")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> overflow(@PathVariable String id, @RequestBody OverflowReport report,
                                                 @RequestHeader(name = IdempotencyFilter.HEADER, required = false) String key) {
        String overflowId = key != null ? key : UUID.randomUUID().toString();
        long position = commands.send(report.toCommand(id, overflowId), id);
        return Answers.accepted(position, Map.of("plantId", id, "overflowId", overflowId, "position", position));
    }

    @GetMapping(path = "/{id}/overflows", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlantOverflows> overflows(@PathVariable String id, @RequestParam(required = false) Integer year,
                                             @RequestParam(required = false) Long minPosition) {
        int y = year(year);
        return reads.answer(CAPACITY, minPosition, () -> overflowsOf(id, y));
    }

    private PlantOverflows overflowsOf(String id, int year) {
        return reports.overflows(id, year);
    }

    private int year(Integer year) {
        int y = year != null ? year : UtilityTime.thisYear(clock);
        if (y < 1900 || y > 2200) {
            throw new InvalidInput("year", "year is 1900 to 2200, was " + y);
        }
        return y;
    }

    @GetMapping(path = "/{id}/reports/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlantReport> report(@PathVariable String id, @PathVariable int year,
                                       @RequestParam(required = false) Long minPosition) {
        int y = year(year);
        return reads.answer(CAPACITY, minPosition, () -> reports.of(id, y));
    }

    @GetMapping(path = "/{id}/reports/{year}", produces = "text/csv")
    ResponseEntity<String> reportCsv(@PathVariable String id, @PathVariable int year,
                                     @RequestParam(required = false) Long minPosition) {
        ResponseEntity<PlantReport> answer = report(id, year, minPosition);
        return ResponseEntity.ok().headers(answer.getHeaders())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-miljorapport-" + year + ".csv\"")
                .body(ReportFiles.csv(answer.getBody()));
    }

    @GetMapping(path = "/{id}/reports/{year}", produces = ReportFiles.XLSX)
    ResponseEntity<byte[]> reportXlsx(@PathVariable String id, @PathVariable int year,
                                      @RequestParam(required = false) Long minPosition) {
        ResponseEntity<PlantReport> answer = report(id, year, minPosition);
        return ResponseEntity.ok().headers(answer.getHeaders()).contentType(MediaType.parseMediaType(ReportFiles.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-miljorapport-" + year + ".xlsx\"")
                .body(ReportFiles.xlsx(answer.getBody()));
    }

    private PlantCapacity find(String id, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "to (" + to + ") is before from (" + from + ")");
        }
        return queryGateway.query(new FindPlantCapacity(id, from, to), ResponseTypes.optionalInstanceOf(PlantCapacity.class))
                .join().orElseThrow(() -> new NotFound("No treatment plant with id " + id + " is registered"));
    }
}
