package org.badgekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * One request as the endpoints see it: already authenticated and with its body read under the size cap.
 *
 * @param method the HTTP method, upper case
 * @param path the request path, e.g. {@code /status/revocation/1}
 * @param query the query parameters (first value of each), decoded
 * @param idempotencyKey the {@code Idempotency-Key} header, or null
 * @param body the request body (empty for GET)
 */
record ApiRequest(String method, String path, Map<String, String> query, String idempotencyKey, byte[] body) {
    ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        Objects.requireNonNull(body, "body");
    }

    /**
     * The body as a JSON object.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} (400) when it is not JSON or not an object
     */
    ObjectNode jsonObject() throws BadgeException {
        if (body.length == 0) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, "the request body is empty; expected a JSON object", "", null);
        }
        JsonNode node = JsonCodec.parse("request body", body);
        if (!node.isObject()) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, "the request body is a JSON " + node.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT) + "; expected a JSON object", "", null);
        }
        return (ObjectNode) node;
    }

    /** Parses a raw query string ({@code a=1&b=2}); later duplicates are ignored. */
    static Map<String, String> parseQuery(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }
}
