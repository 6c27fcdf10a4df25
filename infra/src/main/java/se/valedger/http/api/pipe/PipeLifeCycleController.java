package se.valedger.http.api.pipe;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.CommandSender;
import se.valedger.app.pipe.PipeTimeline;
import se.valedger.http.Answers;
import se.valedger.kernel.InvalidInput;

/** Corrections, renewals and decommissioning of a pipe, and its history and past states. */
@RestController
@RequestMapping("/api/pipes/{id}")
class PipeLifeCycleController {

    private final CommandSender commands;
    private final PipeTimeline timeline;

    PipeLifeCycleController(CommandSender commands, PipeTimeline timeline) {
        this.commands = commands;
        this.timeline = timeline;
    }

    @PostMapping("/corrections")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> correct(@PathVariable String id, @RequestBody PipeCorrection correction) {
        long position = commands.send(correction.toCommand(id), id);
        return Answers.accepted(position, Map.of("pipeId", id, "position", position));
    }

    @PostMapping("/renewals")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> renew(@PathVariable String id, @RequestBody PipeRenewal renewal) {
        long position = commands.send(renewal.toCommand(id), id);
        return Answers.accepted(position, Map.of("pipeId", id, "position", position));
    }

    @PostMapping("/decommission")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> decommission(@PathVariable String id,
                                                     @RequestBody PipeDecommissioning decommissioning) {
        long position = commands.send(decommissioning.toCommand(id), id);
        return Answers.accepted(position, Map.of("pipeId", id, "position", position));
    }

    /** The pipe as its events made it up to {@code asOf}; read from the event store, not the register. */
    @GetMapping(params = "asOf")
    Map<String, Object> asOf(@PathVariable String id, @RequestParam String asOf) {
        return timeline.asOf(id, instant(asOf));
    }

    @GetMapping("/history")
    List<Map<String, Object>> history(@PathVariable String id) {
        return timeline.history(id);
    }

    static Instant instant(String value) {
        try {
            return se.valedger.http.TimeParametersMustBeInRange.inRange("asOf", OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("asOf", "'" + value + "' is not an instant; use ISO 8601, e.g. 2026-11-01T12:00:00Z");
        }
    }
}
