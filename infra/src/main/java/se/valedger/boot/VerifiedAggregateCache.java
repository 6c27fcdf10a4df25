package se.valedger.boot;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * Keeps the most recently used aggregates of one type in memory between commands, so a command
 * does not read and replay the aggregate's whole stream. Before a cached aggregate is handed out,
 * its version is compared with the highest sequence number in the event store (one index lookup
 * in the command's own transaction): another node may have appended to the stream since, and a
 * stale aggregate could wrongly refuse a command. A stale entry is dropped and the aggregate is
 * loaded from its events as without a cache. Axon evicts an entry whose command rolled back.
 */
final class VerifiedAggregateCache implements Cache {

    private static final Field VERSION = versionField();

    private final Map<Object, Object> entries;
    private final Function<String, Optional<Long>> storedVersion;

    /**
     * @param capacity      most aggregates kept; the least recently used goes first
     * @param storedVersion the highest sequence number stored for an aggregate identifier
     */
    VerifiedAggregateCache(int capacity, Function<String, Optional<Long>> storedVersion) {
        this.storedVersion = storedVersion;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object cached;
        synchronized (entries) {
            cached = entries.get(key);
        }
        if (cached == null) {
            return null;
        }
        if (cached instanceof AggregateCacheEntry<?> entry && !matchesStore(key, entry)) {
            remove(key, cached);
            return null;
        }
        return (V) cached;
    }

    private boolean matchesStore(Object key, AggregateCacheEntry<?> entry) {
        Long cachedVersion = versionOf(entry);
        return cachedVersion != null && storedVersion.apply(key.toString()).map(cachedVersion::equals).orElse(false);
    }

    @Override
    public void put(Object key, Object value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        synchronized (entries) {
            return entries.putIfAbsent(key, value) == null;
        }
    }

    @Override
    public boolean remove(Object key) {
        synchronized (entries) {
            return entries.remove(key) != null;
        }
    }

    private void remove(Object key, Object value) {
        synchronized (entries) {
            entries.remove(key, value);
        }
    }

    @Override
    public void removeAll() {
        synchronized (entries) {
            entries.clear();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Nobody listens to aggregate caches; Axon's saga caches would. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    private static Long versionOf(AggregateCacheEntry<?> entry) {
        if (VERSION == null) {
            return null;
        }
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /** Axon keeps the cached aggregate's version in a private field; without it nothing is served from the cache. */
    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
