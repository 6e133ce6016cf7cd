package org.badgekit.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/**
 * A test resolver that fetches from one local {@link SiteServer} over plain HTTP, also for the https URLs that did:web
 * documents always map to (a local preview server has no TLS). Connection failures are errors, as an online resolver reports
 * them.
 */
final class LoopbackResolver implements DocumentResolver {
    private final String origin;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LoopbackResolver(URI server) {
        this.origin = server.getHost() + ":" + server.getPort();
    }

    @Override
    public Optional<ResolvedDocument> resolve(URI uri) throws BadgeException {
        if (uri.getHost() == null || !(uri.getHost() + ":" + uri.getPort()).equals(origin)) {
            return Optional.empty();
        }
        URI http = URI.create("http://" + origin + uri.getRawPath());
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(http).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            return Optional.of(new ResolvedDocument(uri, response.body(), type, response.statusCode()));
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, "GET " + http + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadgeException(BadgeException.Code.IO_ERROR, "GET " + http + " interrupted", e);
        }
    }
}
