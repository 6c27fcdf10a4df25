package se.valedger.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy of an event payload that a read model is given: every string in it (record components, lists, sets
 * and maps, at any depth) with its {@link UnstorableCharacters} replaced, and the list of what was changed, by
 * field path ({@code corrected.district}, {@code changes[0].newValue}). A payload with nothing to replace is the
 * same instance. Payloads that are not records are handed on unchanged (every event here is a record).
 */
final class ProjectedCopy {

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Class<?>[] parameters = java.util.Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getType).toArray(Class<?>[]::new);
                Constructor<?> constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
                return constructor;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record without canonical constructor: " + type, e);
            }
        }
    };

    private final List<Change> changes = new ArrayList<>();

    private ProjectedCopy() {
    }

    static Result of(Object payload) {
        ProjectedCopy copy = new ProjectedCopy();
        Object cleaned = copy.clean(payload, "");
        return new Result(cleaned, List.copyOf(copy.changes));
    }

    private Object clean(Object value, String path) {
        if (value instanceof String text) {
            UnstorableCharacters.Replaced replaced = UnstorableCharacters.in(text);
            if (replaced == null) {
                return text;
            }
            changes.add(new Change(path.isEmpty() ? "(payload)" : path, replaced.description()));
            return replaced.text();
        }
        if (value instanceof Record record) {
            return cleanRecord(record, path);
        }
        if (value instanceof List<?> list) {
            List<Object> cleaned = new ArrayList<>(list.size());
            boolean changed = false;
            for (int i = 0; i < list.size(); i++) {
                Object element = clean(list.get(i), path + "[" + i + "]");
                changed |= element != list.get(i);
                cleaned.add(element);
            }
            return changed ? Collections.unmodifiableList(cleaned) : list;
        }
        if (value instanceof Set<?> set) {
            Set<Object> cleaned = new LinkedHashSet<>();
            boolean changed = cleanAll(set, path, cleaned);
            return changed ? Collections.unmodifiableSet(cleaned) : set;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> cleaned = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String at = path + "[" + entry.getKey() + "]";
                Object key = clean(entry.getKey(), at + "(key)");
                Object element = clean(entry.getValue(), at);
                changed |= key != entry.getKey() || element != entry.getValue();
                cleaned.put(key, element);
            }
            return changed ? Collections.unmodifiableMap(cleaned) : map;
        }
        return value;
    }

    private boolean cleanAll(Collection<?> values, String path, Collection<Object> into) {
        boolean changed = false;
        int i = 0;
        for (Object value : values) {
            Object element = clean(value, path + "[" + i++ + "]");
            changed |= element != value;
            into.add(element);
        }
        return changed;
    }

    private Object cleanRecord(Record record, String path) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            try {
                components[i].getAccessor().setAccessible(true);
                Object value = components[i].getAccessor().invoke(record);
                values[i] = clean(value, path.isEmpty() ? components[i].getName() : path + "." + components[i].getName());
                changed |= values[i] != value;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + components[i] + " of " + record.getClass(), e);
            }
        }
        if (!changed) {
            return record;
        }
        try {
            return CANONICAL.get(record.getClass()).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass(), e);
        }
    }

    /** One changed string: where in the payload, and what was replaced. */
    record Change(String field, String replaced) {
    }

    /** The payload to project and what was changed in it (empty: the very same payload). */
    record Result(Object payload, List<Change> changes) {
    }
}
