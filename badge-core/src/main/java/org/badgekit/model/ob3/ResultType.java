package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The type of a result ({@code ResultDescription.resultType}): an open set of typed constants.
 *
 * <p>The spec's terms are constants here; extension terms start with {@code ext:} (e.g. {@code ext:ESCO}). {@link #parse}
 * accepts any non-blank string so that documents with other terms can be read and reported; {@link #isValid()} says
 * whether the JSON Schema accepts the term. See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
public final class ResultType {
    /**
     * What the JSON Schema requires of an extension term: {@code ext:} followed by a name character, found anywhere in the
     * term (JSON Schema patterns are not anchored), e.g. {@code ext:ESCO}, {@code ext:Microcredential-ECTS}.
     */
    public static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._|]");

    /** {@code GradePointAverage}. */
    public static final ResultType GRADE_POINT_AVERAGE = new ResultType("GradePointAverage");
    /** {@code LetterGrade}. */
    public static final ResultType LETTER_GRADE = new ResultType("LetterGrade");
    /** {@code Percent}. */
    public static final ResultType PERCENT = new ResultType("Percent");
    /** {@code PerformanceLevel}. */
    public static final ResultType PERFORMANCE_LEVEL = new ResultType("PerformanceLevel");
    /** {@code PredictedScore}. */
    public static final ResultType PREDICTED_SCORE = new ResultType("PredictedScore");
    /** {@code RawScore}. */
    public static final ResultType RAW_SCORE = new ResultType("RawScore");
    /** {@code Result}. */
    public static final ResultType RESULT = new ResultType("Result");
    /** {@code RubricCriterion}. */
    public static final ResultType RUBRIC_CRITERION = new ResultType("RubricCriterion");
    /** {@code RubricCriterionLevel}. */
    public static final ResultType RUBRIC_CRITERION_LEVEL = new ResultType("RubricCriterionLevel");
    /** {@code RubricScore}. */
    public static final ResultType RUBRIC_SCORE = new ResultType("RubricScore");
    /** {@code ScaledScore}. */
    public static final ResultType SCALED_SCORE = new ResultType("ScaledScore");
    /** {@code Status}. */
    public static final ResultType STATUS = new ResultType("Status");

    private static final Map<String, ResultType> KNOWN = Map.ofEntries(
            Map.entry(GRADE_POINT_AVERAGE.value, GRADE_POINT_AVERAGE),
            Map.entry(LETTER_GRADE.value, LETTER_GRADE),
            Map.entry(PERCENT.value, PERCENT),
            Map.entry(PERFORMANCE_LEVEL.value, PERFORMANCE_LEVEL),
            Map.entry(PREDICTED_SCORE.value, PREDICTED_SCORE),
            Map.entry(RAW_SCORE.value, RAW_SCORE),
            Map.entry(RESULT.value, RESULT),
            Map.entry(RUBRIC_CRITERION.value, RUBRIC_CRITERION),
            Map.entry(RUBRIC_CRITERION_LEVEL.value, RUBRIC_CRITERION_LEVEL),
            Map.entry(RUBRIC_SCORE.value, RUBRIC_SCORE),
            Map.entry(SCALED_SCORE.value, SCALED_SCORE),
            Map.entry(STATUS.value, STATUS));

    private final String value;

    private ResultType(String value) {
        this.value = value;
    }

    /**
     * The constant for a spec term, or a new value for any other term.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    @JsonCreator
    public static ResultType parse(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ResultType \"" + value + "\" is blank, expected a term of the vocabulary");
        }
        ResultType known = KNOWN.get(value);
        return known != null ? known : new ResultType(value);
    }

    /**
     * An extension term {@code ext:NAME}.
     *
     * @throws IllegalArgumentException if {@code name} does not make a term matching {@link #EXTENSION}
     */
    public static ResultType extension(String name) {
        String term = name.startsWith("ext:") ? name : "ext:" + name;
        if (!EXTENSION.matcher(term).find() || term.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("extension term \"" + term + "\" is not ext: followed by a name without spaces");
        }
        return new ResultType(term);
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

    /** Whether this is an extension term ({@code ext:...}) as the JSON Schema admits it. */
    public boolean isExtension() {
        return EXTENSION.matcher(value).find();
    }

    /** Whether the JSON Schema accepts this term: a spec term or an extension term. */
    public boolean isValid() {
        return isKnown() || isExtension();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultType that && value.equals(that.value);
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
