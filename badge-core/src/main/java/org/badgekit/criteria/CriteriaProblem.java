package org.badgekit.criteria;

import java.util.Objects;

/**
 * One problem found in a criteria file.
 *
 * @param file    the file as the reader named it, e.g. {@code criteria/workplace-instructor.yaml}
 * @param line    1-based line of the offending key or value; the nearest enclosing line when the value is missing
 * @param path    dotted path of the field, e.g. {@code areas[2].assessmentCriteria[0].lv}; empty for the whole file
 * @param message one sentence naming the value and the expectation
 */
public record CriteriaProblem(String file, int line, String path, String message) {
    public CriteriaProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: path: message}, the one-line form {@code badge criteria check} prints. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (path.isEmpty() ? "(file)" : path) + ": " + message;
    }
}
