package org.badgekit.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * An error answer: the HTTP status and the JSON body {@code {"error": {"code", "message", "pointer"}}}.
 *
 * @param status the HTTP status
 * @param code a stable code (a {@link BadgeException.Code} name, or {@code UNAUTHORIZED}, {@code METHOD_NOT_ALLOWED}, ...)
 * @param message one sentence naming the problem
 * @param pointer JSON pointer into the request body of the offending value, or null
 */
record ApiError(int status, String code, String message, String pointer) {
    ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The answer for a library exception: malformed input 400, invalid input 422, unknown things 404, duplicates 409, limits
     * 413, everything else (keys, signing, I/O, bugs) 500 with a generic message, since those say nothing the client can fix.
     */
    static ApiError of(BadgeException e) {
        String pointer = e.location().filter(location -> location.isEmpty() || location.startsWith("/")).orElse(null);
        return switch (e.code()) {
            case MALFORMED_INPUT -> new ApiError(400, e.code().name(), e.getMessage(), pointer);
            case INVALID_INPUT, INVALID_ARGUMENT, UNSUPPORTED -> new ApiError(422, e.code().name(), e.getMessage(), pointer);
            case NOT_FOUND -> new ApiError(404, e.code().name(), e.getMessage(), pointer);
            case ALREADY_EXISTS -> new ApiError(409, e.code().name(), e.getMessage(), pointer);
            case LIMIT_EXCEEDED -> new ApiError(413, e.code().name(), e.getMessage(), pointer);
            default -> internal();
        };
    }

    /** The generic 500 answer; the details go to the server log only. */
    static ApiError internal() {
        return new ApiError(500, "INTERNAL", "the server could not complete the request; see the server log", null);
    }

    /** {@code {"error": {...}}}. */
    ObjectNode toJson() {
        ObjectNode body = JsonCodec.mapper().createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        if (pointer != null) {
            error.put("pointer", pointer);
        } else {
            error.putNull("pointer");
        }
        return body;
    }
}
