package org.badgekit.model.ob3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The shared rules of an open-set vocabulary type ({@link AchievementType}, {@link AlignmentTargetType},
 * {@link IdentifierType}, {@link ResultType}, {@link ResultStatus}): the spec's terms, lenient parsing, and for extensible
 * vocabularies the JSON Schema's {@code ext:} rule. Each vocabulary type holds one of these and delegates to it.
 *
 * @param <T> the vocabulary type
 */
final class Vocabulary<T> {
    /**
     * What the JSON Schema requires of an extension term: {@code ext:} followed by a name character, found anywhere in the
     * term (JSON Schema patterns are not anchored), e.g. {@code ext:ESCO}, {@code ext:Microcredential-ECTS}.
     */
    static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._|]");

    private final String typeName;
    private final boolean extensible;
    private final Function<String, T> create;
    private final Map<String, T> known;

    private Vocabulary(String typeName, boolean extensible, Function<String, T> create, Function<T, String> valueOf,
            List<T> terms) {
        this.typeName = typeName;
        this.extensible = extensible;
        this.create = create;
        Map<String, T> byValue = new LinkedHashMap<>();
        for (T term : terms) {
            byValue.put(valueOf.apply(term), term);
        }
        this.known = Map.copyOf(byValue);
    }

    /** A vocabulary that admits extension terms ({@code ext:...}) besides {@code terms}. */
    static <T> Vocabulary<T> extensible(String typeName, Function<String, T> create, Function<T, String> valueOf,
            List<T> terms) {
        return new Vocabulary<>(typeName, true, create, valueOf, terms);
    }

    /** A vocabulary whose JSON Schema admits only {@code terms}. */
    static <T> Vocabulary<T> closed(String typeName, Function<String, T> create, Function<T, String> valueOf,
            List<T> terms) {
        return new Vocabulary<>(typeName, false, create, valueOf, terms);
    }

    /**
     * The constant for a spec term, or a new value for any other term.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    T parse(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException(typeName + " \"" + value + "\" is blank, expected a term of the vocabulary");
        }
        T term = known.get(value);
        return term != null ? term : create.apply(value);
    }

    /**
     * An extension term {@code ext:NAME}.
     *
     * @throws IllegalArgumentException if {@code name} does not make a term matching {@link #EXTENSION}
     */
    T extension(String name) {
        String term = name.startsWith("ext:") ? name : "ext:" + name;
        if (!EXTENSION.matcher(term).find() || term.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("extension term \"" + term + "\" is not ext: followed by a name without spaces");
        }
        return create.apply(term);
    }

    /** Whether {@code value} is one of the spec's terms. */
    boolean isKnown(String value) {
        return known.containsKey(value);
    }

    /** Whether {@code value} is an extension term ({@code ext:...}) as the JSON Schema admits it. */
    static boolean isExtension(String value) {
        return EXTENSION.matcher(value).find();
    }

    /** Whether the JSON Schema accepts {@code value}: a spec term, or for an extensible vocabulary an extension term. */
    boolean isValid(String value) {
        return isKnown(value) || extensible && isExtension(value);
    }
}
