package se.valedger.boot.projection;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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

    /** A record type's components, read once per type: reflection on every event would cost more than the event. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final List<Change> changes = new ArrayList<>();

    private ProjectedCopy() {
    }

    static Result of(Object payload) {
        ProjectedCopy copy = new ProjectedCopy();
        Object cleaned = copy.clean(payload, null);
        return new Result(cleaned, List.copyOf(copy.changes));
    }

    private Object clean(Object value, Path path) {
        if (value instanceof String text) {
            UnstorableCharacters.Replaced replaced = UnstorableCharacters.in(text);
            if (replaced == null) {
                return text;
            }
            changes.add(new Change(path == null ? "(payload)" : path.toString(), replaced.description()));
            return replaced.text();
        }
        if (value instanceof Record record) {
            return cleanRecord(record, path);
        }
        if (value instanceof List<?> list) {
            List<Object> cleaned = new ArrayList<>(list.size());
            boolean changed = false;
            for (int i = 0; i < list.size(); i++) {
                Object element = clean(list.get(i), new Path(path, null, i));
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
                Object key = clean(entry.getKey(), new Path(path, entry.getKey(), KEY));
                Object element = clean(entry.getValue(), new Path(path, entry.getKey(), VALUE));
                changed |= key != entry.getKey() || element != entry.getValue();
                cleaned.put(key, element);
            }
            return changed ? Collections.unmodifiableMap(cleaned) : map;
        }
        return value;
    }

    private boolean cleanAll(Collection<?> values, Path path, Collection<Object> into) {
        boolean changed = false;
        int i = 0;
        for (Object value : values) {
            Object element = clean(value, new Path(path, null, i++));
            changed |= element != value;
            into.add(element);
        }
        return changed;
    }

    private Object cleanRecord(Record record, Path path) {
        Shape shape = SHAPES.get(record.getClass());
        Object[] values = null;
        for (int i = 0; i < shape.names.length; i++) {
            Object value = shape.get(record, i);
            if (!mayHoldText(value)) {
                continue;
            }
            Object cleaned = clean(value, new Path(path, shape.names[i], COMPONENT));
            if (cleaned != value && values == null) {
                values = new Object[shape.names.length];
                for (int before = 0; before < i; before++) {
                    values[before] = shape.get(record, before);
                }
            }
            if (values != null) {
                values[i] = cleaned;
            }
        }
        if (values == null) {
            return record;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                values[i] = shape.get(record, i);
            }
        }
        return shape.create(values);
    }

    private static boolean mayHoldText(Object value) {
        return value instanceof String || value instanceof Record || value instanceof Collection<?>
                || value instanceof Map<?, ?>;
    }

    /** Where a value sits in the payload, spelt out only for a value that changed. */
    private record Path(Path parent, Object name, int index) {
        @Override
        public String toString() {
            String here = index == KEY ? "[" + name + "](key)" : index == VALUE ? "[" + name + "]"
                    : name == null ? "[" + index + "]" : "." + name;
            String before = parent == null ? "" : parent.toString();
            return before.isEmpty() && here.startsWith(".") ? here.substring(1) : before + here;
        }
    }

    private static final int COMPONENT = -1;
    private static final int KEY = -2;
    private static final int VALUE = -3;

    private record Shape(String[] names, MethodHandle[] accessors, MethodHandle constructor) {
        static Shape of(Class<?> type) {
            try {
                RecordComponent[] components = type.getRecordComponents();
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                String[] names = new String[components.length];
                MethodHandle[] accessors = new MethodHandle[components.length];
                Class<?>[] parameters = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    names[i] = components[i].getName();
                    components[i].getAccessor().setAccessible(true);
                    accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                    parameters[i] = components[i].getType();
                }
                Constructor<?> canonical = type.getDeclaredConstructor(parameters);
                canonical.setAccessible(true);
                return new Shape(names, accessors, lookup.unreflectConstructor(canonical).asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read the components of " + type, e);
            }
        }

        Object get(Record record, int component) {
            try {
                return accessors[component].invokeExact((Object) record);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + names[component] + " of " + record.getClass(), e);
            }
        }

        Object create(Object[] values) {
            try {
                return constructor.invokeExact(values);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot copy a record with " + String.join(", ", names), e);
            }
        }
    }

    /** One changed string: where in the payload, and what was replaced. */
    record Change(String field, String replaced) {
    }

    /** The payload to project and what was changed in it (empty: the very same payload). */
    record Result(Object payload, List<Change> changes) {
    }
}
