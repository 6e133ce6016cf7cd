package org.badgekit.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.badgekit.BadgeException;

/**
 * Adapts one endpoint to the JDK server: exact path, method, bearer token, body size cap, then the endpoint; turns
 * {@link BadgeException}s into JSON error answers and anything unexpected into a generic 500 plus one log line, so that no
 * stack trace ever reaches a client.
 */
final class ApiHandler implements HttpHandler {
    /** One endpoint: a request in, an answer out. */
    @FunctionalInterface
    interface Endpoint {
        ApiResponse handle(ApiRequest request) throws BadgeException;
    }

    private final String path;
    private final boolean prefix;
    private final String method;
    private final BearerToken token;
    private final long maxBodyBytes;
    private final Endpoint endpoint;
    private final Consumer<String> log;

    /**
     * @param path the exact path, or a prefix ending in {@code /} when {@code prefix}
     * @param method the one method allowed, or null for any
     * @param token the token to require, or null for an open endpoint
     */
    ApiHandler(String path, boolean prefix, String method, BearerToken token, long maxBodyBytes, Endpoint endpoint,
            Consumer<String> log) {
        this.path = path;
        this.prefix = prefix;
        this.method = method;
        this.token = token;
        this.maxBodyBytes = maxBodyBytes;
        this.endpoint = endpoint;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        ApiResponse response;
        try {
            response = respond(exchange);
        } catch (BadgeException e) {
            ApiError error = ApiError.of(e);
            if (error.status() == 500) {
                log.accept("api: " + exchange.getRequestMethod() + " " + path + ": " + e.code() + ": " + e.getMessage());
            }
            response = ApiResponse.error(error);
        } catch (RuntimeException e) {
            log.accept("api: " + exchange.getRequestMethod() + " " + path + ": internal error: " + e);
            response = ApiResponse.error(ApiError.internal());
        }
        try {
            send(exchange, response);
        } catch (IOException e) {
            log.accept("api: " + exchange.getRequestMethod() + " " + path + ": cannot send the answer: " + e.getMessage());
        } finally {
            exchange.close();
        }
        log.accept("api: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " " + response.status()
                + " " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private ApiResponse respond(HttpExchange exchange) throws BadgeException {
        String requestPath = exchange.getRequestURI().getPath();
        boolean matches = prefix ? requestPath.startsWith(path) && requestPath.length() > path.length() : requestPath.equals(path);
        if (!matches) {
            return ApiResponse.error(new ApiError(404, "NOT_FOUND", "no endpoint at " + requestPath, null));
        }
        String requestMethod = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (method != null && !requestMethod.equals(method)) {
            return ApiResponse.error(new ApiError(405, "METHOD_NOT_ALLOWED", requestMethod + " is not allowed on " + path
                    + "; use " + method, null)).withHeader("Allow", method);
        }
        if (token != null && !token.matches(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return ApiResponse.error(new ApiError(401, "UNAUTHORIZED",
                    "missing or wrong bearer token; send 'Authorization: Bearer TOKEN' with the token from the server's token file",
                    null)).withHeader("WWW-Authenticate", "Bearer").withHeader("Connection", "close");
        }
        long declared = declaredLength(exchange.getRequestHeaders().getFirst("Content-Length"));
        if (declared > maxBodyBytes) {
            return bodyTooLarge(exchange, declared);
        }
        byte[] body;
        InputStream in = exchange.getRequestBody();
        try {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, "the request body could not be read: " + e.getMessage(),
                    "", e);
        }
        if (body.length > maxBodyBytes) {
            return bodyTooLarge(exchange, -1);
        }
        return endpoint.handle(new ApiRequest(requestMethod, requestPath,
                ApiRequest.parseQuery(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
    }

    private static long declaredLength(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * 413, after discarding what is left of a body that is at most a few times the cap: a server that closes a connection with
     * unread data makes the client's TCP stack reset it, and the client may never see the 413. Bodies declared larger than
     * that are not read at all; their connection is closed.
     */
    private ApiResponse bodyTooLarge(HttpExchange exchange, long declared) {
        long drainLimit = Math.min(64L * 1024 * 1024, 4 * maxBodyBytes);
        if (declared <= drainLimit) {
            try {
                InputStream in = exchange.getRequestBody();
                byte[] buffer = new byte[64 * 1024];
                long left = drainLimit;
                int read;
                while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                    left -= read;
                }
            } catch (IOException e) {
                // the client is gone or slow; the connection is closed below either way
            }
        }
        return ApiResponse.error(new ApiError(413, "LIMIT_EXCEEDED", "the request body is larger than " + maxBodyBytes
                + " bytes", null)).withHeader("Connection", "close");
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            headers.set(header.getKey(), header.getValue());
        }
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
