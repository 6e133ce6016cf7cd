package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
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
    public static final Pattern EXTENSION = Vocabulary.EXTENSION;

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

    private static final Vocabulary<IdentifierType> VOCABULARY = Vocabulary.extensible(
            "IdentifierType", IdentifierType::new, IdentifierType::value, List.of(
            NAME, SOURCED_ID, SYSTEM_ID, PRODUCT_ID, USER_NAME, ACCOUNT_ID, EMAIL_ADDRESS, NATIONAL_IDENTITY_NUMBER, ISBN,
            ISSN, LIS_SOURCED_ID, ONE_ROSTER_SOURCED_ID, SIS_SOURCED_ID, LTI_CONTEXT_ID, LTI_DEPLOYMENT_ID, LTI_TOOL_ID,
            LTI_PLATFORM_ID, LTI_USER_ID, IDENTIFIER));

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
        return VOCABULARY.parse(value);
    }

    /**
     * An extension term {@code ext:NAME}.
     *
     * @throws IllegalArgumentException if {@code name} does not make a term matching {@link #EXTENSION}
     */
    public static IdentifierType extension(String name) {
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
