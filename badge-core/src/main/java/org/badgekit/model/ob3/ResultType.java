package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
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
    public static final Pattern EXTENSION = Vocabulary.EXTENSION;

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

    private static final Vocabulary<ResultType> VOCABULARY = Vocabulary.extensible(
            "ResultType", ResultType::new, ResultType::value, List.of(
            GRADE_POINT_AVERAGE, LETTER_GRADE, PERCENT, PERFORMANCE_LEVEL, PREDICTED_SCORE, RAW_SCORE, RESULT,
            RUBRIC_CRITERION, RUBRIC_CRITERION_LEVEL, RUBRIC_SCORE, SCALED_SCORE, STATUS));

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
        return VOCABULARY.parse(value);
    }

    /**
     * An extension term {@code ext:NAME}.
     *
     * @throws IllegalArgumentException if {@code name} does not make a term matching {@link #EXTENSION}
     */
    public static ResultType extension(String name) {
        return VOCABULARY.extension(name);
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

    /** Whether this is an extension term ({@code ext:...}) as the JSON Schema admits it. */
    public boolean isExtension() {
        return Vocabulary.isExtension(value);
    }

    /** Whether the JSON Schema accepts this term: a spec term or an extension term. */
    public boolean isValid() {
        return VOCABULARY.isValid(value);
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
