package se.valedger.http.api.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.EventLog;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.RuleViolated;

/**
 * Rebuilds a projection from the event log and reports its progress. The simple scheme: the
 * processor stops on this node, its tokens are reset (its {@code @ResetHandler} empties its tables),
 * and it starts again, replaying every event. While it replays, its reads show partial data
 * ({@code replaying: true}). With several nodes, every other node must have released the
 * processor's segments first (stop them or the processor there), else the rebuild is refused (409).
 */
@RestController
@RequestMapping("/api/admin/projections")
@PreAuthorize("hasRole('ADMIN')")
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final EventLog log;

    ProjectionAdminController(EventProcessingConfiguration processing, EventLog log) {
        this.processing = processing;
        this.log = log;
    }

    @GetMapping
    List<Map<String, Object>> all() {
        List<Map<String, Object>> all = new ArrayList<>();
        processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey).sorted().forEach(name -> all.add(progress(name)));
        return all;
    }

    @GetMapping("/{group}")
    Map<String, Object> progress(@PathVariable String group) {
        StreamingEventProcessor processor = processor(group);
        long head = log.head();
        List<Map<String, Object>> segments = new ArrayList<>();
        boolean replaying = false;
        for (Map.Entry<Integer, EventTrackerStatus> entry : processor.processingStatus().entrySet()) {
            EventTrackerStatus status = entry.getValue();
            long position = status.getCurrentPosition().orElse(-1);
            // Axon keeps a segment flagged as replaying until an event newer than the reset point arrives;
            // for the operator the rebuild is over once the segment has read up to the head of the log.
            boolean segmentReplaying = status.isReplaying() && position < head;
            replaying |= segmentReplaying;
            Map<String, Object> segment = new LinkedHashMap<>();
            segment.put("segment", entry.getKey());
            segment.put("position", position);
            segment.put("replaying", segmentReplaying);
            segment.put("error", status.isErrorState());
            segments.add(segment);
        }
        // Overall progress from the token store, so it holds whichever node owns the segments and also in
        // the moment after a reset, before any segment is claimed again.
        long stored = Long.MAX_VALUE;
        boolean storedReplaying = false;
        List<TrackingToken> tokens = log.tokensOf(group);
        for (TrackingToken token : tokens) {
            TrackingToken processed = token == null ? null : WrappedToken.unwrapLowerBound(token);
            long position = processed == null ? -1 : processed.position().orElse(-1);
            stored = Math.min(stored, position);
            storedReplaying |= token instanceof ReplayToken && position < head;
        }
        long reached = tokens.isEmpty() ? -1 : stored;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", group);
        answer.put("running", processor.isRunning());
        answer.put("replaying", replaying || storedReplaying);
        answer.put("headPosition", head);
        answer.put("position", reached);
        answer.put("segmentsClaimedHere", segments);
        answer.put("percent", head < 0 ? 100
                : Math.min(100, Math.round(100.0 * (Math.max(reached, -1) + 1) / (head + 1))));
        return answer;
    }

    @PostMapping("/{group}/rebuild")
    ResponseEntity<Map<String, Object>> rebuild(@PathVariable String group) throws Exception {
        StreamingEventProcessor processor = processor(group);
        if (!processor.supportsReset()) {
            throw new RuleViolated("ProjectionMustSupportReset", group + " has no reset support; it cannot be rebuilt");
        }
        processor.shutdownAsync().get(30, TimeUnit.SECONDS);
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException e) {
            processor.start();
            throw new RuleViolated("AllNodesMustReleaseTheProjection", "Another node still holds segments of " + group
                    + "; stop the processor (or the node) there first, then rebuild.");
        } finally {
            if (!processor.isRunning()) {
                processor.start();
            }
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(progress(group));
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("No projection named " + group));
    }
}
