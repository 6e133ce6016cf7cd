package org.badgekit.model.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.badgekit.model.Require;

/** Constants and checks shared by the OB 2.0 records. */
final class Ob2 {
    /** The OB 2.0 context URL, the default {@code @context} of documents built here. */
    static final String CONTEXT_URL = "https://w3id.org/openbadges/v2";
    static final JsonNode CONTEXT = TextNode.valueOf(CONTEXT_URL);

    private Ob2() {}

    /**
     * A revoked Assertion or Endorsement needs only {@code id} and {@code revoked}; otherwise the named properties are
     * required. Arguments alternate: name, value, name, value...
     */
    static void requireUnlessRevoked(Boolean revoked, Object... namesAndValues) {
        if (Boolean.TRUE.equals(revoked)) {
            return;
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Require.present(namesAndValues[i + 1], (String) namesAndValues[i]);
        }
    }
}
