package se.valedger.http.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import se.valedger.app.audit.AuditEntry;
import se.valedger.app.audit.AuditExport;
import se.valedger.app.audit.AuditLog;
import se.valedger.app.audit.AuditReads;
import se.valedger.app.audit.Outcome;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/** The NIS2 audit trail: search, integrity check, export, checkpoints. Every call here is itself recorded. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditController {

    static final int MAX_PAGE_SIZE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditLog log;
    private final AuditReads reads;
    private final Clock clock;

    AuditController(AuditLog log, AuditReads reads, Clock clock) {
        this.log = log;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping
    AuditLog.Page search(@RequestParam(required = false) String user,
                         @RequestParam(required = false) String aggregate,
                         @RequestParam(required = false) String type,
                         @RequestParam(required = false) String outcome,
                         @RequestParam(required = false) Instant from,
                         @RequestParam(required = false) Instant to,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size,
                         HttpServletRequest request) {
        if (page < 0) {
            throw new InvalidInput("page", "page numbers start at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "page size is 1 to " + MAX_PAGE_SIZE);
        }
        if (outcome != null && !outcome.isBlank()) {
            try {
                Outcome.valueOf(outcome);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("outcome", "'" + outcome + "' is not an outcome; use one of "
                        + java.util.Arrays.toString(Outcome.values()));
            }
        }
        checkRange(from, to);
        AuditLog.Filter filter = new AuditLog.Filter(user, aggregate, type, outcome, from, to);
        AuditLog.Page result = log.search(filter, page, size);
        reads.record(request, "ReadAuditTrail", json(filter, page, size), result.total() + " entries match");
        return result;
    }

    @GetMapping("/verify")
    AuditLog.Verification verify(@RequestParam(required = false) Long expectSeq,
                                 @RequestParam(required = false) String expectHash,
                                 HttpServletRequest request) {
        if ((expectSeq == null) != (expectHash == null)) {
            throw new InvalidInput(expectSeq == null ? "expectSeq" : "expectHash",
                    "a kept checkpoint is given as both expectSeq and expectHash");
        }
        if (expectHash != null && !expectHash.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidInput("expectHash", "a checkpoint hash is 64 hexadecimal digits");
        }
        AuditLog.Verification result = log.verify(expectSeq, expectHash);
        reads.record(request, "VerifyAuditTrail", expectSeq == null ? null : json(Map.of("expectSeq", expectSeq,
                "expectHash", expectHash)), result.valid() ? "chain valid up to entry " + result.headSeq()
                : "chain broken at entry " + result.firstInvalidSeq() + ": " + result.reason());
        return result;
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Instant from,
                                                 @RequestParam(required = false) Instant to,
                                                 @RequestParam(defaultValue = "jsonl") String format,
                                                 HttpServletRequest request) {
        checkRange(from, to);
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("jsonl") && !kind.equals("csv")) {
            throw new InvalidInput("format", "export format is jsonl or csv");
        }
        long[] range = log.seqRange(from, to);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("from", from == null ? null : from.toString());
        what.put("to", to == null ? null : to.toString());
        what.put("format", kind);
        reads.record(request, "ExportAuditTrail", json(what),
                range[1] < range[0] ? "no entries" : "entries " + range[0] + " to " + range[1]);
        String fileName = "audit-" + UtilityTime.today(clock) + "." + kind;
        StreamingResponseBody body = out -> {
            if (kind.equals("csv")) {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                AuditExport.csvHeader(writer);
                log.stream(range[0], range[1], e -> AuditExport.csvRow(e, writer));
                writer.flush();
            } else {
                log.stream(range[0], range[1], e -> AuditExport.jsonLine(e, out));
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(kind.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : new MediaType("application", "jsonl", StandardCharsets.UTF_8))
                .body(body);
    }

    @GetMapping("/checkpoints")
    List<AuditLog.Checkpoint> checkpoints(HttpServletRequest request) {
        List<AuditLog.Checkpoint> checkpoints = log.checkpoints();
        reads.record(request, "ReadAuditCheckpoints", null, checkpoints.size() + " checkpoints");
        return checkpoints;
    }

    /** Takes a checkpoint of the head now (besides the automatic one at every midnight). */
    @PostMapping("/checkpoints")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<AuditLog.Checkpoint> checkpoint() {
        Instant now = clock.instant();
        AuditLog.Checkpoint checkpoint = log.checkpoint(UtilityTime.dateOf(now), now);
        return checkpoint == null ? ResponseEntity.noContent().build() : ResponseEntity.status(201).body(checkpoint);
    }

    private static void checkRange(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("to", "the end of the range must be after its start");
        }
    }

    private static String json(AuditLog.Filter filter, int page, int size) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("user", filter.user());
        what.put("aggregate", filter.aggregateId());
        what.put("type", filter.type());
        what.put("outcome", filter.outcome());
        what.put("from", filter.from() == null ? null : filter.from().toString());
        what.put("to", filter.to() == null ? null : filter.to().toString());
        what.put("page", page);
        what.put("size", size);
        return json(what);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
