package org.badgekit.model.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** Which record a test document belongs to, by its {@code type}. */
final class Ob2Types {
    private static final Map<String, Class<? extends Record>> BY_TYPE = Map.of(
            "Assertion", Assertion.class,
            "BadgeClass", BadgeClass.class,
            "Issuer", Profile.class,
            "Profile", Profile.class,
            "CryptographicKey", CryptographicKey.class,
            "RevocationList", RevocationList.class,
            "Endorsement", Endorsement.class,
            "AlignmentObject", AlignmentObject.class,
            "Criteria", Criteria.class);

    private Ob2Types() {}

    static Optional<Class<? extends Record>> classOf(JsonNode document) {
        JsonNode type = document.path("type");
        JsonNode first = type.isArray() ? type.path(0) : type;
        if (first.isTextual() && BY_TYPE.containsKey(first.asText())) {
            return Optional.of(BY_TYPE.get(first.asText()));
        }
        // an assertion with a wrong type (a validator sample) or a revoked stub is still read as an Assertion
        if (document.has("badge") || (type.isMissingNode() && document.has("revoked"))) {
            return Optional.of(Assertion.class);
        }
        return Optional.empty();
    }
}
