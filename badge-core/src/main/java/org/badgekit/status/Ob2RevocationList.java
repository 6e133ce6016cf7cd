package org.badgekit.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.badgekit.json.JsonCodec;

/**
 * Builds the OB 2.0 {@code RevocationList} document that an issuer profile links with {@code revocationList}: the ids of the
 * issuer's revoked signed assertions, each with its {@code revocationReason} when one was given.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#RevocationList">OB 2.0 RevocationList</a>
 */
public final class Ob2RevocationList {
    /** The OB 2.0 context. */
    public static final String OB2_CONTEXT = "https://w3id.org/openbadges/v2";

    private Ob2RevocationList() {}

    /** The list document published at {@code listUrl} for {@code issuer}. */
    public static ObjectNode toJson(String listUrl, String issuer, List<RevokedAssertion> revoked) {
        Objects.requireNonNull(listUrl, "listUrl");
        Objects.requireNonNull(issuer, "issuer");
        ObjectNode list = JsonCodec.mapper().createObjectNode();
        list.put("@context", OB2_CONTEXT);
        list.put("id", listUrl);
        list.put("type", "RevocationList");
        list.put("issuer", issuer);
        ArrayNode entries = list.putArray("revokedAssertions");
        for (RevokedAssertion assertion : revoked) {
            ObjectNode entry = entries.addObject();
            entry.put("id", assertion.id());
            if (assertion.reason() != null) {
                entry.put("revocationReason", assertion.reason());
            }
        }
        return list;
    }
}
