package se.valedger.http.api.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.ProcessorSettings;
import se.valedger.kernel.NotFound;

/** Lists, retries and evicts the events projections could not handle (parked per aggregate sequence). */
@RestController
@RequestMapping("/api/admin/dead-letters")
@PreAuthorize("hasRole('ADMIN')")
class DeadLetterController {

    private final EventProcessingConfiguration processing;
    private final Set<String> groups;

    DeadLetterController(EventProcessingConfiguration processing, ProcessorSettings settings) {
        this.processing = processing;
        this.groups = settings.deadLetterGroups();
    }

    @GetMapping
    Map<String, Object> all() {
        Map<String, Object> byGroup = new LinkedHashMap<>();
        groups.stream().sorted().forEach(group -> byGroup.put(group, sequences(queue(group))));
        return Map.of("groups", byGroup);
    }

    @GetMapping("/{group}")
    Map<String, Object> ofGroup(@PathVariable String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        return Map.of("group", group, "size", queue.size(), "sequences", sequences(queue));
    }

    /** Hands every parked sequence to the projection again; those that fail again stay parked. */
    @PostMapping("/{group}/retry")
    Map<String, Object> retry(@PathVariable String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new NotFound("No dead-letter processor for " + group));
        long sequences = queue.amountOfSequences();
        int succeeded = 0;
        for (long i = 0; i < sequences; i++) {
            if (processor.processAny()) {
                succeeded++;
            }
        }
        return Map.of("group", group, "sequencesRetried", sequences, "sequencesSucceeded", succeeded,
                "remaining", queue.size());
    }

    /** Gives up on one parked event for good: the projection will never see it (the event log keeps it). */
    @DeleteMapping("/{group}/{letterId}")
    Map<String, Object> evict(@PathVariable String group, @PathVariable String letterId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter instanceof JdbcDeadLetter<?> jdbc && jdbc.getIdentifier().equals(letterId)) {
                    queue.evict(letter);
                    return Map.of("group", group, "evicted", letterId, "remaining", queue.size());
                }
            }
        }
        throw new NotFound("No dead letter " + letterId + " in " + group);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!groups.contains(group)) {
            throw new NotFound("Projection " + group + " has no dead-letter queue; those that do: " + groups);
        }
        return processing.deadLetterQueue(group)
                .orElseThrow(() -> new NotFound("Projection " + group + " has no dead-letter queue"));
    }

    private static List<Map<String, Object>> sequences(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<Map<String, Object>> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<Map<String, Object>> letters = new ArrayList<>();
            String sequenceId = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                Map<String, Object> entry = new LinkedHashMap<>();
                if (letter instanceof JdbcDeadLetter<?> jdbc) {
                    entry.put("id", jdbc.getIdentifier());
                    sequenceId = jdbc.getSequenceIdentifier();
                }
                EventMessage<?> event = letter.message();
                entry.put("eventId", event.getIdentifier());
                entry.put("eventType", event.getPayloadType().getSimpleName());
                if (event instanceof DomainEventMessage<?> domain) {
                    entry.put("aggregateId", domain.getAggregateIdentifier());
                    entry.put("sequenceNumber", domain.getSequenceNumber());
                }
                letter.cause().ifPresent(cause -> entry.put("cause", cause.type() + ": " + cause.message()));
                entry.put("enqueuedAt", letter.enqueuedAt().toString());
                entry.put("lastTouched", letter.lastTouched().toString());
                letters.add(entry);
            }
            sequences.add(Map.of("sequence", sequenceId == null ? "" : sequenceId, "letters", letters));
        }
        return sequences;
    }
}
