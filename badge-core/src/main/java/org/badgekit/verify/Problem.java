package org.badgekit.verify;

import java.util.Objects;

/** One finding of a validator that collects problems (schema, JSON-LD safe mode): where and what. */
record Problem(String pointer, String message) {
    Problem {
        Objects.requireNonNull(message, "message");
    }
}
