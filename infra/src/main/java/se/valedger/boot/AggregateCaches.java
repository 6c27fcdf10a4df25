package se.valedger.boot;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache per aggregate type, named in the aggregate's {@code @Aggregate(cache = ...)}. A pipe's
 * aggregate holds its attributes, geometry and the ids of its inspections: a few kilobytes, so the
 * default of 100,000 pipes (a large Swedish municipality's whole network) costs a few hundred MB of heap
 * at most; {@code valedger.aggregates.cache-size} changes it, 0 turns caching off.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaches {

    private final ObjectProvider<EventStore> eventStore;
    private final int capacity;

    AggregateCaches(ObjectProvider<EventStore> eventStore, AggregateSettings settings) {
        this.eventStore = eventStore;
        this.capacity = settings.cacheSize();
    }

    @Bean
    Cache pipeCache() {
        return cache(capacity);
    }

    @Bean
    Cache leakReportCache() {
        return cache(capacity);
    }

    @Bean
    Cache incidentCache() {
        return cache(Math.min(capacity, 10_000));
    }

    @Bean
    Cache renewalPlanCache() {
        return cache(Math.min(capacity, 10_000));
    }

    @Bean
    Cache treatmentPlantCache() {
        return cache(Math.min(capacity, 100));
    }

    @Bean
    Cache nodeCache() {
        return cache(capacity);
    }

    @Bean
    Cache valveCache() {
        return cache(capacity);
    }

    @Bean
    Cache networkLinkCache() {
        return cache(Math.min(capacity, 10_000));
    }

    private Cache cache(int size) {
        if (size <= 0) {
            return org.axonframework.common.caching.NoCache.INSTANCE;
        }
        return new VerifiedAggregateCache(size, id -> eventStore.getObject().lastSequenceNumberFor(id));
    }
}
