package org.badgekit.issue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/** Reads the parts of a compact JWS in tests, without verifying anything. */
final class Jws {
    private Jws() {}

    static ObjectNode header(String token) throws BadgeException {
        return part(token, 0);
    }

    static ObjectNode payload(String token) throws BadgeException {
        return part(token, 1);
    }

    private static ObjectNode part(String token, int index) throws BadgeException {
        String[] parts = token.split("\\.");
        return (ObjectNode) JsonCodec.parse("jws", Base64.getUrlDecoder().decode(parts[index]));
    }
}
