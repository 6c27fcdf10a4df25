package se.valedger.http.ui.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import se.valedger.app.audit.AuditExport;
import se.valedger.app.audit.AuditLog;
import se.valedger.app.audit.AuditReads;
import se.valedger.app.audit.Outcome;
import se.valedger.http.ui.Formats;
import se.valedger.incident.FindIncidents;
import se.valedger.incident.IncidentView;
import se.valedger.kernel.UtilityTime;

/**
 * The audit trail for auditors: search, chain verification, export (JSON Lines or CSV) — each use recorded in
 * the trail like the API's — and the NIS2 incident register with its three clocks.
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditPages {

    static final int PAGE = 50;

    private final AuditLog log;
    private final AuditReads reads;
    private final QueryGateway queries;
    private final Clock clock;

    AuditPages(AuditLog log, AuditReads reads, QueryGateway queries, Clock clock) {
        this.log = log;
        this.reads = reads;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) String user, @RequestParam(required = false) String aggregate,
                  @RequestParam(required = false) String type, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        String o = java.util.Arrays.stream(Outcome.values()).map(Outcome::name).filter(n -> n.equals(outcome)).findFirst().orElse(null);
        AuditLog.Filter filter = new AuditLog.Filter(blank(user), blank(aggregate), blank(type), o, start(from), start(to == null ? null : to.plusDays(1)));
        AuditLog.Page result = log.search(filter, Math.max(page, 0), PAGE);
        reads.record(request, "ReadAuditTrail", null, result.total() + " entries match (web)");
        model.addAttribute("result", result);
        model.addAttribute("user", user);
        model.addAttribute("aggregate", aggregate);
        model.addAttribute("type", type);
        model.addAttribute("outcome", o);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("lastPage", (int) Math.max(0, (result.total() - 1) / PAGE));
        return "audit/search";
    }

    /** Like the API's verify: with a kept checkpoint (entry number and hash) the chain must match it too. */
    @GetMapping("/audit/verify")
    String verify(@RequestParam(required = false) String expectSeq, @RequestParam(required = false) String expectHash,
                  HttpServletRequest request, Model model) {
        String seqText = blank(expectSeq);
        String hashText = blank(expectHash);
        model.addAttribute("expectSeq", seqText);
        model.addAttribute("expectHash", hashText);
        model.addAttribute("checkpoints", log.checkpoints());
        String error = null;
        Long seq = null;
        if ((seqText == null) != (hashText == null)) {
            error = "a kept checkpoint is given as both entry number and hash";
        } else if (seqText != null) {
            if (!seqText.matches("[0-9]{1,18}")) {
                error = "the entry number is a whole number";
            } else if (!hashText.matches("[0-9a-fA-F]{64}")) {
                error = "a checkpoint hash is 64 hexadecimal digits";
            } else {
                seq = Long.parseLong(seqText);
            }
        }
        if (error != null) {
            model.addAttribute("inputError", error);
            return "audit/verify";
        }
        AuditLog.Verification result = log.verify(seq, hashText);
        reads.record(request, "VerifyAuditTrail", seq == null ? null : "{\"expectSeq\":" + seq + ",\"expectHash\":\""
                + hashText.toLowerCase(java.util.Locale.ROOT) + "\"}", result.valid() ? "chain valid up to entry " + result.headSeq()
                : "chain broken at entry " + result.firstInvalidSeq() + ": " + result.reason());
        model.addAttribute("verification", result);
        return "audit/verify";
    }

    @GetMapping("/audit/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "jsonl") String format,
                                                 @RequestParam(required = false) LocalDate from,
                                                 @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
        boolean csv = "csv".equals(format);
        long[] range = log.seqRange(start(from), start(to == null ? null : to.plusDays(1)));
        reads.record(request, "ExportAuditTrail", "{\"format\":\"" + (csv ? "csv" : "jsonl") + "\"}",
                range[1] < range[0] ? "no entries" : "entries " + range[0] + " to " + range[1]);
        StreamingResponseBody body = out -> {
            if (csv) {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                AuditExport.csvHeader(writer);
                log.stream(range[0], range[1], e -> AuditExport.csvRow(e, writer));
                writer.flush();
            } else {
                log.stream(range[0], range[1], e -> AuditExport.jsonLine(e, out));
            }
        };
        String name = "audit-" + UtilityTime.today(clock) + (csv ? ".csv" : ".jsonl");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : new MediaType("application", "jsonl", StandardCharsets.UTF_8)).body(body);
    }

    @GetMapping("/incidents")
    String incidents(@RequestParam(defaultValue = "false") boolean openOnly, Model model) {
        model.addAttribute("incidents", queries.query(new FindIncidents(openOnly, clock.instant()),
                ResponseTypes.multipleInstancesOf(IncidentView.class)).join());
        model.addAttribute("openOnly", openOnly);
        return "incident/incidents";
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : UtilityTime.startOfDay(day);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
