package org.badgekit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable list copies for the model records: null becomes empty, null entries are refused with the property name. */
public final class Lists {
    private Lists() {}

    /** An unmodifiable copy; an absent list is empty (the JSON binding omits empty arrays). */
    public static <T> List<T> copy(List<T> values, String property) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw Require.invalid(property, "null entry in array");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    /** Like {@link #copy}, but an absent or empty list is a missing required property. */
    public static <T> List<T> copyRequired(List<T> values, String property) {
        List<T> copy = copy(values, property);
        if (copy.isEmpty()) {
            throw Require.invalid(property, "required property missing");
        }
        return copy;
    }
}
