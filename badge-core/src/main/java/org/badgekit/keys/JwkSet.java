package org.badgekit.keys;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.badgekit.json.JsonCodec;

/** JWK Sets (RFC 7517 §5): the {@code {"keys": [...]}} document an issuer publishes for {@code kid} URLs. */
public final class JwkSet {
    private JwkSet() {}

    /** A JWK Set of the public keys, each with {@code kid} = its RFC 7638 thumbprint, {@code alg} and {@code use: sig}. */
    public static ObjectNode of(List<IssuerKey> keys) {
        ObjectNode set = JsonCodec.mapper().createObjectNode();
        ArrayNode array = set.putArray("keys");
        for (IssuerKey key : keys) {
            array.add(key.publicJwk(key.thumbprint()));
        }
        return set;
    }
}
