package se.valedger.http.api.zone;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import se.valedger.app.zone.LeakSignals;
import se.valedger.app.zone.ZoneAnalysis;
import se.valedger.app.zone.ZoneRegistrations;
import se.valedger.http.Answers;
import se.valedger.zone.DayOutcome;
import se.valedger.zone.ZoneKind;
import se.valedger.zone.ZoneList;
import se.valedger.zone.ZoneView;

/** Zones: supply zones / DMAs and sewer catchments, their volumes, balances, night flow and infiltration. */
@RestController
@RequestMapping(path = "/api/zones", produces = MediaType.APPLICATION_JSON_VALUE)
class ZoneController {

    /** The zones read model's processing group. */
    static final String ZONES = "zones";

    private final ZoneRegistrations registrations;
    private final ZoneAnalysis analysis;
    private final LeakSignals signals;
    private final Reads reads;

    ZoneController(ZoneRegistrations registrations, ZoneAnalysis analysis, LeakSignals signals, Reads reads) {
        this.registrations = registrations;
        this.analysis = analysis;
        this.signals = signals;
        this.reads = reads;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENGINEER', 'PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> register(@RequestBody ZoneRegistration registration) {
        long position = registrations.register(registration.toCommand());
        URI location = UriComponentsBuilder.fromPath("/api/zones/{id}").buildAndExpand(registration.id()).toUri();
        return Answers.created(location, position, Map.of("id", registration.id(), "position", position));
    }

    @GetMapping
    ResponseEntity<ZoneList> list(@RequestParam(required = false) ZoneKind kind,
                                  @RequestParam(required = false) Long minPosition) {
        return reads.answer(ZONES, minPosition, () -> analysis.zones(kind));
    }

    @GetMapping("/{id}")
    ResponseEntity<ZoneView> one(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        return reads.answer(ZONES, minPosition, () -> analysis.zone(id));
    }

    @PostMapping("/{id}/volumes")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> volume(@PathVariable String id, @RequestBody VolumeEntry entry) {
        CommandSender.Sent<DayOutcome> sent = registrations.volume(entry.toCommand(id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zoneId", id);
        body.put("year", entry.year());
        body.put("kind", entry.kind());
        body.put("outcome", sent.result().name());
        body.put("position", sent.position());
        return Answers.accepted(sent.position(), body);
    }

    @GetMapping("/{id}/water-balance")
    ResponseEntity<Map<String, Object>> waterBalance(@PathVariable String id, @RequestParam int year,
                                                     @RequestParam(required = false) Long minPosition) {
        return reads.answer(ZONES, minPosition, () -> ZoneAnswers.balance(analysis.balance(id, year)));
    }

    /** The year's balance as a report: {@code Accept: text/csv}. */
    @GetMapping(path = "/{id}/water-balance", produces = "text/csv")
    ResponseEntity<String> waterBalanceCsv(@PathVariable String id, @RequestParam int year,
                                           @RequestParam(required = false) Long minPosition) {
        ResponseEntity<ZoneAnalysis.Balance> answer = reads.answer(ZONES, minPosition, () -> analysis.balance(id, year));
        return ResponseEntity.ok().headers(answer.getHeaders())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-water-balance-" + year
                        + ".csv\"")
                .body(BalanceReport.csv(answer.getBody()));
    }

    /** The year's balance as a spreadsheet: {@code Accept:} the xlsx media type. */
    @GetMapping(path = "/{id}/water-balance", produces = BalanceReport.XLSX)
    ResponseEntity<byte[]> waterBalanceXlsx(@PathVariable String id, @RequestParam int year,
                                            @RequestParam(required = false) Long minPosition) {
        ResponseEntity<ZoneAnalysis.Balance> answer = reads.answer(ZONES, minPosition, () -> analysis.balance(id, year));
        return ResponseEntity.ok().headers(answer.getHeaders())
                .contentType(MediaType.parseMediaType(BalanceReport.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-water-balance-" + year
                        + ".xlsx\"")
                .body(BalanceReport.xlsx(answer.getBody()));
    }

    @GetMapping("/{id}/night-flow")
    ResponseEntity<Map<String, Object>> nightFlow(@PathVariable String id,
                                                  @RequestParam(required = false) LocalDate from,
                                                  @RequestParam(required = false) LocalDate to,
                                                  @RequestParam(required = false) Long minPosition) {
        return reads.answer(ZONES, minPosition, () -> {
            ZoneAnalysis.NightFlow night = analysis.nightFlow(id, from, to);
            Map<String, Object> body = ZoneAnswers.nightFlow(night);
            body.put("signals", signals.of(analysis.zone(id), night.result().signals()));
            return body;
        });
    }

    /** The nights as CSV ({@code Accept: text/csv}): one row per night, then the nights skipped and why. */
    @GetMapping(path = "/{id}/night-flow", produces = "text/csv")
    ResponseEntity<String> nightFlowCsv(@PathVariable String id,
                                        @RequestParam(required = false) LocalDate from,
                                        @RequestParam(required = false) LocalDate to,
                                        @RequestParam(required = false) Long minPosition) {
        ResponseEntity<ZoneAnalysis.NightFlow> answer = reads.answer(ZONES, minPosition,
                () -> analysis.nightFlow(id, from, to));
        StringBuilder csv = new StringBuilder("night,minimum_night_flow_m3_per_h,net_night_flow_m3_per_h,"
                + "leakage_m3_per_day,baseline_m3_per_h,threshold_m3_per_h,above_baseline,signal\r\n");
        for (var n : answer.getBody().result().nights()) {
            csv.append(n.night()).append(',').append(num(n.minimumNightFlowM3PerH())).append(',')
                    .append(num(n.netNightFlowM3PerH())).append(',').append(num(n.leakageM3PerDay())).append(',')
                    .append(num(n.baselineM3PerH())).append(',').append(num(n.thresholdM3PerH())).append(',')
                    .append(n.aboveBaseline()).append(',').append(n.signal() == null ? "" : n.signal()).append("\r\n");
        }
        for (var skipped : answer.getBody().result().skipped()) {
            csv.append(skipped.night()).append(",,,,,,,").append(se.valedger.app.CsvCells.text("skipped: "
                    + skipped.reason())).append("\r\n");
        }
        return ResponseEntity.ok().headers(answer.getHeaders())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-night-flow.csv\"")
                .body(csv.toString());
    }

    private static String num(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }

    /** Every supply zone's new-burst signals of its last 60 nights with data, {@code ?status=OPEN} for open ones. */
    @GetMapping("/signals")
    ResponseEntity<List<LeakSignals.Item>> signals(@RequestParam(required = false) String status,
                                                   @RequestParam(required = false) Long minPosition) {
        return reads.answer(ZONES, minPosition, () -> signals.all(status));
    }

    @PostMapping("/{id}/signals/{since}/confirm")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> confirm(@PathVariable String id, @PathVariable LocalDate since,
                                                @RequestBody(required = false) SignalConfirmation body) {
        SignalConfirmation c = body == null ? new SignalConfirmation(null, null, null, null) : body;
        LeakSignals.Confirmation confirmed = signals.confirm(id, since, c.pipeId(), c.position(), c.severity(),
                c.estimatedFlowLps());
        URI leak = UriComponentsBuilder.fromPath("/api/leaks/{id}").buildAndExpand(confirmed.leakId()).toUri();
        return Answers.created(leak, confirmed.position(), Map.of("zoneId", id, "since", since.toString(),
                "status", "CONFIRMED", "leakId", confirmed.leakId(), "position", confirmed.position()));
    }

    @PostMapping("/{id}/signals/{since}/dismiss")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> dismiss(@PathVariable String id, @PathVariable LocalDate since,
                                                @RequestBody SignalDismissal body) {
        long position = signals.dismiss(id, since, body.reason());
        return Answers.accepted(position, Map.of("zoneId", id, "since", since.toString(), "status", "DISMISSED",
                "position", position));
    }

    @GetMapping("/{id}/infiltration")
    ResponseEntity<Map<String, Object>> infiltration(@PathVariable String id, @RequestParam int year,
                                                     @RequestParam(required = false) Long minPosition) {
        return reads.answer(ZONES, minPosition, () -> ZoneAnswers.infiltration(analysis.infiltration(id, year)));
    }

    /** The whole utility's balance: every supply zone with meter data for the year, summed. */
    @GetMapping("/water-balance")
    ResponseEntity<Map<String, Object>> utilityBalance(@RequestParam int year,
                                                       @RequestParam(required = false) Long minPosition) {
        return reads.answer(ZONES, minPosition, () -> ZoneAnswers.balance(analysis.utilityBalance(year)));
    }

    /** Every sewer catchment ranked by infiltration per km of sewer. */
    @GetMapping("/infiltration")
    ResponseEntity<List<ZoneAnalysis.RankedCatchment>> ranking(@RequestParam int year,
                                                               @RequestParam(required = false) Long minPosition) {
        return reads.answer(ZONES, minPosition, () -> analysis.infiltrationRanking(year));
    }
}
