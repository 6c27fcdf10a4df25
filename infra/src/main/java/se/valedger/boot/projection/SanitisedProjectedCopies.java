package se.valedger.boot.projection;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.projection.ReadModel;

/**
 * Events already stored with characters no read model can keep ({@link UnstorableCharacters}: NUL, lone
 * surrogates) are projected from a copy with those replaced by U+FFFD, so no projection stalls on them and a
 * rebuild gets past them. The event log is never changed. Nothing is changed silently: each replaced field is
 * recorded in {@code reliability.sanitised_field} (group, event id, global index, field, what was replaced;
 * once per group, event and field, with how often it was seen again in replays), logged as a warning, counted in
 * the metric {@code valedger.projection.sanitised.fields} (tag {@code group}), and listed to an administrator at
 * {@code GET /api/admin/sanitised-fields}.
 *
 * <p>Why a projection-side copy and not an upcaster: an upcaster would also change what the aggregates see when
 * they load (their decisions are made on the original), it runs on every read of the event and cannot tell which
 * read model took the copy, so it has no natural place to record what it changed.
 */
@Configuration(proxyBeanMethods = false)
class SanitisedProjectedCopies {

    private static final Logger log = LoggerFactory.getLogger(SanitisedProjectedCopies.class);

    @Autowired
    void sanitiseReadModelInput(EventProcessingConfigurer processing, List<ReadModel> readModels, JdbcTemplate jdbc,
                                MeterRegistry meters) {
        readModels.stream().map(ReadModel::processingGroup).distinct().forEach(group ->
                processing.registerHandlerInterceptor(group, configuration -> new Sanitiser(group, jdbc, meters)));
    }

    static final class Sanitiser implements MessageHandlerInterceptor<EventMessage<?>> {
        private final String group;
        private final JdbcTemplate jdbc;
        private final MeterRegistry meters;

        Sanitiser(String group, JdbcTemplate jdbc, MeterRegistry meters) {
            this.group = group;
            this.jdbc = jdbc;
            this.meters = meters;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            EventMessage<?> event = unitOfWork.getMessage();
            ProjectedCopy.Result copy;
            try {
                copy = ProjectedCopy.of(event.getPayload());
            } catch (RuntimeException cannotCopy) {
                // The handler gets the original; if it fails on it, the event is parked like any other failure.
                log.warn("Event {} of {} could not be copied for {}; handled as stored", event.getIdentifier(),
                        event.getPayloadType().getSimpleName(), group, cannotCopy);
                return chain.proceed();
            }
            if (copy.changes().isEmpty()) {
                return chain.proceed();
            }
            copy.changes().forEach(change -> record(event, change));
            replacePayload(unitOfWork, copy.payload());
            return chain.proceed();
        }

        private void record(EventMessage<?> event, ProjectedCopy.Change change) {
            Long globalIndex = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                    && tracked.trackingToken().position().isPresent() ? tracked.trackingToken().position().getAsLong() : null;
            String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
            Long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
            UnstorableCharacters.Replaced unstorablePath = UnstorableCharacters.in(change.field());
            String field = unstorablePath == null ? change.field() : unstorablePath.text();
            jdbc.update("""
                    INSERT INTO reliability.sanitised_field (processing_group, event_identifier, field, global_index,
                        event_type, aggregate_identifier, sequence_number, replaced)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (processing_group, event_identifier, field)
                    DO UPDATE SET last_seen = now(), times_seen = reliability.sanitised_field.times_seen + 1""",
                    group, event.getIdentifier(), field, globalIndex, event.getPayloadType().getSimpleName(),
                    aggregate, sequence, change.replaced());
            meters.counter("valedger.projection.sanitised.fields", "group", group).increment();
            log.warn("Projected copy changed for {}: event {} (global index {}, {} {}), field {}: {}; the log keeps the original",
                    group, event.getIdentifier(), globalIndex, event.getPayloadType().getSimpleName(), aggregate, field,
                    change.replaced());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static void replacePayload(UnitOfWork<? extends EventMessage<?>> unitOfWork, Object payload) {
            ((UnitOfWork) unitOfWork).transformMessage(message -> withPayload((EventMessage<?>) message, payload));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        static EventMessage<?> withPayload(EventMessage<?> event, Object payload) {
            GenericMessage body = new GenericMessage(event.getIdentifier(), payload, event.getMetaData());
            if (event instanceof TrackedEventMessage<?> tracked && event instanceof DomainEventMessage<?> domain) {
                return new GenericTrackedDomainEventMessage(tracked.trackingToken(), domain.getType(),
                        domain.getAggregateIdentifier(), domain.getSequenceNumber(), body, event::getTimestamp);
            }
            if (event instanceof TrackedEventMessage<?> tracked) {
                return new GenericTrackedEventMessage(tracked.trackingToken(), body, event::getTimestamp);
            }
            if (event instanceof DomainEventMessage<?> domain) {
                return new GenericDomainEventMessage(domain.getType(), domain.getAggregateIdentifier(),
                        domain.getSequenceNumber(), body, event::getTimestamp);
            }
            return new GenericEventMessage(body, event::getTimestamp);
        }
    }
}
