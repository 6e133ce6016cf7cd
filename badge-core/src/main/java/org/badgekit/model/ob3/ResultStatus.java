package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

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

    private static final Vocabulary<ResultStatus> VOCABULARY = Vocabulary.closed(
            "ResultStatus", ResultStatus::new, ResultStatus::value, List.of(
            COMPLETED, ENROLLED, FAILED, IN_PROGRESS, ON_HOLD, PROVISIONAL, WITHDREW));

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
        return VOCABULARY.parse(value);
    }

    /** The term as written in JSON. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Whether this is one of the spec's terms. */
    public boolean isKnown() {
        return VOCABULARY.isKnown(value);
    }

    /** Whether the JSON Schema accepts this term (only the spec's terms). */
    public boolean isValid() {
        return VOCABULARY.isValid(value);
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
