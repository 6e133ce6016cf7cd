package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;

/**
 * The status of a result ({@code Result.status}); a closed vocabulary in the spec, read leniently so that a verifier can report an unknown term: an open set of typed constants.
 *
 * <p>The spec's terms are constants here. {@link #parse}
 * accepts any non-blank string so that documents with other terms can be read and reported; {@link #isValid()} says
 * whether the JSON Schema accepts the term. See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
public final class ResultStatus {
    /** {@code Completed}. */
    public static final ResultStatus COMPLETED = new ResultStatus("Completed");
    /** {@code Enrolled}. */
    public static final ResultStatus ENROLLED = new ResultStatus("Enrolled");
    /** {@code Failed}. */
    public static final ResultStatus FAILED = new ResultStatus("Failed");
    /** {@code InProgress}. */
    public static final ResultStatus IN_PROGRESS = new ResultStatus("InProgress");
    /** {@code OnHold}. */
    public static final ResultStatus ON_HOLD = new ResultStatus("OnHold");
    /** {@code Provisional}. */
    public static final ResultStatus PROVISIONAL = new ResultStatus("Provisional");
    /** {@code Withdrew}. */
    public static final ResultStatus WITHDREW = new ResultStatus("Withdrew");

    private static final Map<String, ResultStatus> KNOWN = Map.ofEntries(
            Map.entry(COMPLETED.value, COMPLETED),
            Map.entry(ENROLLED.value, ENROLLED),
            Map.entry(FAILED.value, FAILED),
            Map.entry(IN_PROGRESS.value, IN_PROGRESS),
            Map.entry(ON_HOLD.value, ON_HOLD),
            Map.entry(PROVISIONAL.value, PROVISIONAL),
            Map.entry(WITHDREW.value, WITHDREW));

    private final String value;

    private ResultStatus(String value) {
        this.value = value;
    }

    /**
     * The constant for a spec term, or a new value for any other term.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    @JsonCreator
    public static ResultStatus parse(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ResultStatus \"" + value + "\" is blank, expected a term of the vocabulary");
        }
        ResultStatus known = KNOWN.get(value);
        return known != null ? known : new ResultStatus(value);
    }

    /** The term as written in JSON. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Whether this is one of the spec's terms. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    /** Whether the JSON Schema accepts this term (only the spec's terms). */
    public boolean isValid() {
        return isKnown();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultStatus that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
