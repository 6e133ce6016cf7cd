package org.badgekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.badgekit.json.JsonCodec;

/**
 * What an endpoint answers.
 *
 * @param status the HTTP status
 * @param contentType the media type of {@code body}
 * @param body the bytes to send
 * @param headers extra response headers
 */
record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json";

    ApiResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A JSON answer. */
    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, JSON, JsonCodec.writePretty(body).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A JSON error answer. */
    static ApiResponse error(ApiError error) {
        return json(error.status(), error.toJson());
    }

    /** The same answer with one more header. */
    ApiResponse withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, more);
    }
}
