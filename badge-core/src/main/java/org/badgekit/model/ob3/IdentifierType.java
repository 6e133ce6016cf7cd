package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The type of an identifier ({@code IdentityObject.identityType}, {@code IdentifierEntry.identifierType}): an open set of typed constants.
 *
 * <p>The spec's terms are constants here; extension terms start with {@code ext:} (e.g. {@code ext:ESCO}). {@link #parse}
 * accepts any non-blank string so that documents with other terms can be read and reported; {@link #isValid()} says
 * whether the JSON Schema accepts the term. See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
public final class IdentifierType {
    /**
     * What the JSON Schema requires of an extension term: {@code ext:} followed by a name character, found anywhere in the
     * term (JSON Schema patterns are not anchored), e.g. {@code ext:ESCO}, {@code ext:Microcredential-ECTS}.
     */
    public static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._|]");

    /** {@code name}. */
    public static final IdentifierType NAME = new IdentifierType("name");
    /** {@code sourcedId}. */
    public static final IdentifierType SOURCED_ID = new IdentifierType("sourcedId");
    /** {@code systemId}. */
    public static final IdentifierType SYSTEM_ID = new IdentifierType("systemId");
    /** {@code productId}. */
    public static final IdentifierType PRODUCT_ID = new IdentifierType("productId");
    /** {@code userName}. */
    public static final IdentifierType USER_NAME = new IdentifierType("userName");
    /** {@code accountId}. */
    public static final IdentifierType ACCOUNT_ID = new IdentifierType("accountId");
    /** {@code emailAddress}. */
    public static final IdentifierType EMAIL_ADDRESS = new IdentifierType("emailAddress");
    /** {@code nationalIdentityNumber}. */
    public static final IdentifierType NATIONAL_IDENTITY_NUMBER = new IdentifierType("nationalIdentityNumber");
    /** {@code isbn}. */
    public static final IdentifierType ISBN = new IdentifierType("isbn");
    /** {@code issn}. */
    public static final IdentifierType ISSN = new IdentifierType("issn");
    /** {@code lisSourcedId}. */
    public static final IdentifierType LIS_SOURCED_ID = new IdentifierType("lisSourcedId");
    /** {@code oneRosterSourcedId}. */
    public static final IdentifierType ONE_ROSTER_SOURCED_ID = new IdentifierType("oneRosterSourcedId");
    /** {@code sisSourcedId}. */
    public static final IdentifierType SIS_SOURCED_ID = new IdentifierType("sisSourcedId");
    /** {@code ltiContextId}. */
    public static final IdentifierType LTI_CONTEXT_ID = new IdentifierType("ltiContextId");
    /** {@code ltiDeploymentId}. */
    public static final IdentifierType LTI_DEPLOYMENT_ID = new IdentifierType("ltiDeploymentId");
    /** {@code ltiToolId}. */
    public static final IdentifierType LTI_TOOL_ID = new IdentifierType("ltiToolId");
    /** {@code ltiPlatformId}. */
    public static final IdentifierType LTI_PLATFORM_ID = new IdentifierType("ltiPlatformId");
    /** {@code ltiUserId}. */
    public static final IdentifierType LTI_USER_ID = new IdentifierType("ltiUserId");
    /** {@code identifier}. */
    public static final IdentifierType IDENTIFIER = new IdentifierType("identifier");

    private static final Map<String, IdentifierType> KNOWN = Map.ofEntries(
            Map.entry(NAME.value, NAME),
            Map.entry(SOURCED_ID.value, SOURCED_ID),
            Map.entry(SYSTEM_ID.value, SYSTEM_ID),
            Map.entry(PRODUCT_ID.value, PRODUCT_ID),
            Map.entry(USER_NAME.value, USER_NAME),
            Map.entry(ACCOUNT_ID.value, ACCOUNT_ID),
            Map.entry(EMAIL_ADDRESS.value, EMAIL_ADDRESS),
            Map.entry(NATIONAL_IDENTITY_NUMBER.value, NATIONAL_IDENTITY_NUMBER),
            Map.entry(ISBN.value, ISBN),
            Map.entry(ISSN.value, ISSN),
            Map.entry(LIS_SOURCED_ID.value, LIS_SOURCED_ID),
            Map.entry(ONE_ROSTER_SOURCED_ID.value, ONE_ROSTER_SOURCED_ID),
            Map.entry(SIS_SOURCED_ID.value, SIS_SOURCED_ID),
            Map.entry(LTI_CONTEXT_ID.value, LTI_CONTEXT_ID),
            Map.entry(LTI_DEPLOYMENT_ID.value, LTI_DEPLOYMENT_ID),
            Map.entry(LTI_TOOL_ID.value, LTI_TOOL_ID),
            Map.entry(LTI_PLATFORM_ID.value, LTI_PLATFORM_ID),
            Map.entry(LTI_USER_ID.value, LTI_USER_ID),
            Map.entry(IDENTIFIER.value, IDENTIFIER));

    private final String value;

    private IdentifierType(String value) {
        this.value = value;
    }

    /**
     * The constant for a spec term, or a new value for any other term.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    @JsonCreator
    public static IdentifierType parse(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("IdentifierType \"" + value + "\" is blank, expected a term of the vocabulary");
        }
        IdentifierType known = KNOWN.get(value);
        return known != null ? known : new IdentifierType(value);
    }

    /**
     * An extension term {@code ext:NAME}.
     *
     * @throws IllegalArgumentException if {@code name} does not make a term matching {@link #EXTENSION}
     */
    public static IdentifierType extension(String name) {
        String term = name.startsWith("ext:") ? name : "ext:" + name;
        if (!EXTENSION.matcher(term).find() || term.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("extension term \"" + term + "\" is not ext: followed by a name without spaces");
        }
        return new IdentifierType(term);
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
        return other instanceof IdentifierType that && value.equals(that.value);
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
