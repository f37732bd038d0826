package nl.vangnet.platform;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place where free text is taken out of what administrative access sees: every component marked
 * {@link FreeText} of a view record, and of the records nested in it (also in lists), becomes null (an empty list or
 * set for collections). Pages, API answers, lists and exports all pass their views through {@link #withoutFreeText}.
 */
public final class Redaction {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private Redaction() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T withoutFreeText(T value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(Redaction::withoutFreeText).toList();
        }
        if (value instanceof Set<?> set) {
            return (T) Set.copyOf(set.stream().map(Redaction::withoutFreeText).toList());
        }
        Class<?> type = value.getClass();
        if (!type.isRecord()) {
            return value;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                Object v = accessor.invoke(value);
                args[i] = c.isAnnotationPresent(FreeText.class) ? empty(c.getType()) : withoutFreeText(v);
            }
            return (T) constructor(type, components).newInstance(args);
        } catch (IllegalAccessException | InstantiationException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot redact " + type.getName(), e);
        }
    }

    private static Object empty(Class<?> type) {
        if (List.class.isAssignableFrom(type) || Collection.class.equals(type)) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (type.isPrimitive()) {
            throw new IllegalStateException("A primitive cannot be marked as free text: " + type);
        }
        return null;
    }

    private static Constructor<?> constructor(Class<?> type, RecordComponent[] components) {
        return CONSTRUCTORS.computeIfAbsent(type, t -> {
            try {
                Constructor<?> c = t.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
