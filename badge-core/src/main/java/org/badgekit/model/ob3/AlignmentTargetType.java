package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The type of an alignment target node ({@code Alignment.targetType}): an open set of typed constants.
 *
 * <p>The spec's terms are constants here; extension terms start with {@code ext:} (e.g. {@code ext:ESCO}). {@link #parse}
 * accepts any non-blank string so that documents with other terms can be read and reported; {@link #isValid()} says
 * whether the JSON Schema accepts the term. See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
public final class AlignmentTargetType {
    /**
     * What the JSON Schema requires of an extension term: {@code ext:} followed by a name character, found anywhere in the
     * term (JSON Schema patterns are not anchored), e.g. {@code ext:ESCO}, {@code ext:Microcredential-ECTS}.
     */
    public static final Pattern EXTENSION = Vocabulary.EXTENSION;

    /** {@code ceasn:Competency}. */
    public static final AlignmentTargetType CEASN_COMPETENCY = new AlignmentTargetType("ceasn:Competency");
    /** {@code ceterms:Credential}. */
    public static final AlignmentTargetType CETERMS_CREDENTIAL = new AlignmentTargetType("ceterms:Credential");
    /** {@code CFItem}. */
    public static final AlignmentTargetType CF_ITEM = new AlignmentTargetType("CFItem");
    /** {@code CFRubric}. */
    public static final AlignmentTargetType CF_RUBRIC = new AlignmentTargetType("CFRubric");
    /** {@code CFRubricCriterion}. */
    public static final AlignmentTargetType CF_RUBRIC_CRITERION = new AlignmentTargetType("CFRubricCriterion");
    /** {@code CFRubricCriterionLevel}. */
    public static final AlignmentTargetType CF_RUBRIC_CRITERION_LEVEL = new AlignmentTargetType("CFRubricCriterionLevel");
    /** {@code CTDL}. */
    public static final AlignmentTargetType CTDL = new AlignmentTargetType("CTDL");

    private static final Vocabulary<AlignmentTargetType> VOCABULARY = Vocabulary.extensible(
            "AlignmentTargetType", AlignmentTargetType::new, AlignmentTargetType::value, List.of(
            CEASN_COMPETENCY, CETERMS_CREDENTIAL, CF_ITEM, CF_RUBRIC, CF_RUBRIC_CRITERION, CF_RUBRIC_CRITERION_LEVEL, CTDL));

    private final String value;

    private AlignmentTargetType(String value) {
        this.value = value;
    }

    /**
     * The constant for a spec term, or a new value for any other term.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    @JsonCreator
    public static AlignmentTargetType parse(String value) {
        return VOCABULARY.parse(value);
    }

    /**
     * An extension term {@code ext:NAME}.
     *
     * @throws IllegalArgumentException if {@code name} does not make a term matching {@link #EXTENSION}
     */
    public static AlignmentTargetType extension(String name) {
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
        return other instanceof AlignmentTargetType that && value.equals(that.value);
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
